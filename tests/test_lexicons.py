"""User lexicons (--lexicon FILE / KINGMAKER_LEXICON): cue and trigger words merged over the built-in ones."""
from __future__ import annotations

import doctest
import json

import pytest
from click.testing import CliRunner

import kingmaker.knowledge.lexicons as lexicons
from kingmaker.errors import KnowledgeError
from kingmaker.knowledge import knowledge
from kingmaker.knowledge.lexicons import load_data, overlays_of, set_lexicons


def test_doctests():
    result = doctest.testmod(lexicons)
    assert result.failed == 0 and result.attempted > 0


def test_sections_merge_over_the_builtin_data(tmp_path, clean_lexicons):
    lex = tmp_path / "mine.yaml"
    lex.write_text("roles:\n  leader_roles: [grand vizier]\nrelations:\n  of_phrases:\n    vanguard: part_of\n",
                   encoding="utf-8")
    assert "vanguard" not in knowledge().relations["of_phrases"]
    set_lexicons([lex])
    kb = knowledge()
    assert kb.relations["of_phrases"]["vanguard"] == "part_of"
    assert kb.relations["of_phrases"]["wing"] == "part_of"  # built-in cues stay
    assert "grand vizier" in kb.leader_roles
    assert load_data("facts", {"seat_nouns": ["seats"]}) == {"seat_nouns": ["seats"]}  # no facts section


def test_unknown_relation_type_names_the_lexicon_line(tmp_path, clean_lexicons):
    lex = tmp_path / "mine.yaml"
    lex.write_text("relations:\n  of_phrases:\n    vanguard: part_off\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        set_lexicons([lex])
    assert err.value.line == 3 and "part_off" in str(err.value) and str(lex) in str(err.value)


def test_unknown_section_is_refused(tmp_path):
    lex = tmp_path / "mine.yaml"
    lex.write_text("relashuns:\n  of_phrases: {}\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="unknown section 'relashuns'") as err:
        overlays_of(str(lex))
    assert err.value.line == 1


def test_malformed_trigger_is_an_error_naming_the_lexicon(tmp_path, clean_lexicons):
    from kingmaker.nlp.events import load_event_lexicon

    lex = tmp_path / "mine.yaml"
    lex.write_text("plover:\n  types:\n    ASSAULT:\n      verbs: [42]\n", encoding="utf-8")
    set_lexicons([lex])
    with pytest.raises(KnowledgeError, match="mine.yaml"):
        load_event_lexicon()


def test_a_word_class_in_a_slot_expands_and_an_unknown_one_is_an_error(tmp_path, clean_lexicons):
    from kingmaker.nlp.events import load_event_lexicon

    lex = tmp_path / "mine.yaml"
    lex.write_text("plover:\n  word_classes:\n    loot: [grain, cattle]\n  types:\n    AID:\n"
                   "      verbs: ['bestow @loot']\n", encoding="utf-8")
    set_lexicons([lex])
    entries = load_event_lexicon().verbs.get("bestow") or []
    assert any(e.type == "AID" and {"grain", "cattle"} in e.words for e in entries)
    lex.write_text("plover:\n  types:\n    AID:\n      verbs: ['bestow @plunder']\n", encoding="utf-8")
    set_lexicons([lex])
    with pytest.raises(KnowledgeError, match="unknown word class '@plunder'"):
        load_event_lexicon()


@pytest.mark.model
def test_extract_with_a_lexicon_finds_a_new_trigger(tmp_path, clean_lexicons):
    from kingmaker.cli import cli

    text = tmp_path / "a.txt"
    text.write_text("Ostravia's army firebombed the Crimson Dawn Party headquarters on Monday.\n", encoding="utf-8")
    lex = tmp_path / "mine.yaml"
    lex.write_text("plover:\n  types:\n    ASSAULT:\n      verbs: [firebomb]\n", encoding="utf-8")
    runner = CliRunner()
    before = json.loads(runner.invoke(cli, ["extract", str(text), "--format", "json"]).stdout)
    after = runner.invoke(cli, ["extract", str(text), "--format", "json", "--lexicon", str(lex)])
    assert after.exit_code == 0, after.output
    types = lambda d: {e["type"] for e in d["events"]}  # noqa: E731
    assert "ASSAULT" not in types(before) and "ASSAULT" in types(json.loads(after.stdout))


def test_cli_reports_a_bad_lexicon_in_one_line(tmp_path, clean_lexicons):
    from kingmaker.cli import cli

    text = tmp_path / "a.txt"
    text.write_text("Nothing here.\n", encoding="utf-8")
    lex = tmp_path / "bad.yaml"
    lex.write_text("relations:\n  of_phrases:\n    vanguard: bakcs\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(text), "--lexicon", str(lex)])
    assert result.exit_code == 2 and "bakcs" in result.output and "Traceback" not in result.output


@pytest.mark.model
def test_a_lexicon_set_after_the_pipeline_is_built_applies(clean_lexicons, tmp_path):
    # the pipeline is cached per process: its stages must read the cue files in force per document
    from kingmaker.knowledge.lexicons import set_lexicons
    from kingmaker.nlp.pipeline import load_pipeline

    nlp = load_pipeline()
    text = "Ostravia's army firebombed the Crimson Dawn Party headquarters on Monday."
    assert not nlp(text)._.km_events or all(e.type != "ASSAULT" for e in nlp(text)._.km_events)
    lex = tmp_path / "mine.yaml"
    lex.write_text("plover:\n  types:\n    ASSAULT:\n      verbs: [firebomb]\n", encoding="utf-8")
    set_lexicons([lex])
    assert load_pipeline() is nlp
    assert any(e.type == "ASSAULT" for e in nlp(text)._.km_events)


def test_a_lexicon_adding_a_name_word_changes_name_matching(tmp_path, clean_lexicons):
    # the name words (roles.yaml father_particles, synonym_org_heads ...) are read through knowledge(), and every
    # cache of kingmaker.nlp.names is registered to be emptied when user lexicons are set: answers cached before
    # the lexicon are not kept after it
    from kingmaker.nlp.names import heads_compatible, person_keys_match

    assert person_keys_match("dorin", "pel ap dorin")  # a surname alone: "Dorin" for "Pel ap Dorin"
    assert not heads_compatible("legion", "brigade")
    lex = tmp_path / "mine.yaml"
    lex.write_text("roles:\n  father_particles: [ap]\n  synonym_org_heads:\n    military: [legion]\n", encoding="utf-8")
    set_lexicons([lex])
    assert not person_keys_match("dorin", "pel ap dorin")  # "ap" (son of): Dorin is his father
    assert heads_compatible("legion", "brigade")  # "the Tarn Legion" may be "the Tarn Brigade"


def test_every_registered_cache_is_cleared_with_the_lexicons(clean_lexicons):
    from kingmaker.nlp import names

    names.surname("Pel Dorin")
    assert names.surname.cache_info().currsize > 0
    lexicons._clear_caches()
    assert names.surname.cache_info().currsize == 0


def test_cached_word_sets_follow_a_new_lexicon(tmp_path, clean_lexicons):
    # the word sets cached per process (the generic unit words, the backing words) are read again after a lexicon
    from kingmaker.nlp.actors import _backing_words
    from kingmaker.nlp.resolve import _generic_unit

    assert not _generic_unit("Crimson Hand Brigade") and "bankrolled" not in _backing_words()
    lex = tmp_path / "mine.yaml"
    lex.write_text("roles:\n  generic_unit_modifiers: [crimson, hand]\nrelations:\n  hyphen_modifiers:\n"
                   "    bankrolled: backs\n", encoding="utf-8")
    set_lexicons([lex])
    assert _generic_unit("Crimson Hand Brigade") and "bankrolled" in _backing_words()
