"""World knowledge and user dictionaries (no spaCy model needed)."""
from __future__ import annotations

import doctest

import pytest

import kingmaker.ingest.dates
import kingmaker.knowledge
import kingmaker.nlp.facts
import kingmaker.nlp.names
import kingmaker.nlp.resolve
from kingmaker.errors import KnowledgeError
from kingmaker.knowledge import knowledge, load_dictionary


@pytest.mark.parametrize("module", [kingmaker.knowledge, kingmaker.nlp.names, kingmaker.nlp.facts,
                                    kingmaker.ingest.dates, kingmaker.nlp.resolve])
def test_doctests(module):
    result = doctest.testmod(module)
    assert result.failed == 0 and result.attempted > 0


@pytest.mark.parametrize("surface,state", [("Tehran", "Iran"), ("Iranian", "Iran"), ("U.S.", "United States"),
                                           ("Washington", "United States"), ("Lebanese", "Lebanon"),
                                           ("Sanaa", "Yemen"), ("Saudi", "Saudi Arabia"), ("Syrians", "Syria"),
                                           # a demonym states share: the one whose name does not hold it as a word
                                           ("Indian", "India"), ("Indians", "India"), ("French", "France")])
def test_country_of(surface, state):
    assert knowledge().country_of(surface) == state


@pytest.mark.parametrize("surface", ["Shiite", "Sunni", "Arab", "Jerusalem", "Basra", "Kurdish"])
def test_not_states(surface):
    assert knowledge().country_of(surface) is None


def test_dictionary_errors_name_the_file_and_entry(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("- name: X\n  kind: planet\n")
    with pytest.raises(KnowledgeError, match="bad.yaml.*kind"):
        load_dictionary(bad)
    broken = tmp_path / "broken.yaml"
    broken.write_text("- name: [unclosed\n")
    with pytest.raises(KnowledgeError, match="broken.yaml:"):
        load_dictionary(broken)


def test_dictionary_accepts_list_and_mapping(tmp_path):
    f = tmp_path / "d.yaml"
    f.write_text("actors:\n  - name: Free Homeland Movement\n    aliases: [FHM]\n")
    assert load_dictionary(f) == [{"name": "Free Homeland Movement", "kind": "organization", "subkind": None,
                                   "aliases": ["FHM"]}]


def test_norm_reads_plain_and_accented_text_alike():
    from kingmaker.knowledge import norm

    assert norm("  Zelvar  al-Brenn’s  Front. ") == norm("zelvar al brenn's front") == "zelvar al brenn's front"
    assert norm("Zélvar—Brenn`s") == norm("Zelvar-Brenn's") == "zelvar brenn's"
    assert norm("A.B.C\tParty") == "abc party"


def test_names_world_knowledge_leaves_open_are_listed_for_the_text_to_settle():
    from kingmaker.knowledge import knowledge
    kb = knowledge()
    assert kb.shared_demonyms["dominican"] == {"Dominica", "Dominican Republic"}
    assert kb.ambiguous_state_names["georgia"] == "Georgia" and kb.country_of("Georgia") is None
    assert kb.country_of("Island") is None and kb.country_of("Iceland") == "Iceland"
    assert "tripoli" in kb.capitals


def test_knowledge_files_hold_no_key_twice():
    """A key written twice in one mapping of a knowledge file is silently overwritten by YAML (two merged edits
    adding the same list, or the same cue with two relations): every data file must name each key once."""
    from pathlib import Path

    import yaml

    class _Strict(yaml.SafeLoader):
        pass

    found: list[str] = []

    def mapping(loader, node, deep=False):
        keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
        found.extend(f"{node.start_mark.name}:{node.start_mark.line + 1}: {k!r}" for k in sorted(
            {k for k in keys if isinstance(k, str) and keys.count(k) > 1}))
        return yaml.SafeLoader.construct_mapping(loader, node, deep)

    _Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    data = Path(kingmaker.knowledge.__file__).parent / "data"
    files = sorted(data.glob("*.yaml"))
    assert files
    for path in files:
        with path.open(encoding="utf-8") as f:
            yaml.load(f, _Strict)
    assert found == []


def test_a_word_list_read_with_another_holds_none_of_its_words():
    """Lists read together give each word one home: roles.yaml person_description_nouns with plover.yaml
    private_persons, possessive_name_words with loan_member_plurals, relations.yaml journey_verbs with visitor_verbs,
    actors.TRANSLITERATED_NAMES with translated_heads and loan_member_plurals (a word in two would be a copy to keep
    in step)."""
    from pathlib import Path

    import yaml

    from kingmaker.nlp.actors import TRANSLITERATED_NAMES
    from kingmaker.nlp.relations import cues

    data = Path(kingmaker.knowledge.__file__).parent / "data"
    roles = yaml.safe_load((data / "roles.yaml").read_text(encoding="utf-8"))
    plover = yaml.safe_load((data / "plover.yaml").read_text(encoding="utf-8"))
    assert not set(roles["person_description_nouns"]) & set(plover["private_persons"])
    assert not set(roles["possessive_name_words"]) & set(roles["loan_member_plurals"])
    assert not TRANSLITERATED_NAMES & (set(roles["translated_heads"]) | set(roles["loan_member_plurals"]))
    assert not cues().journey_verbs & cues().visitor_verbs
    kb = knowledge()  # (each read where the other is)
    assert {"tycoon", "investor", "preacher"} <= kb.person_description_nouns
    assert {"fedayeen", "martyrs"} <= kb.possessive_name_words
