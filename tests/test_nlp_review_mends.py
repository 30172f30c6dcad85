"""Mends of a review of the extraction rules: each case failed before its fix. Deep or long inputs that made a rule
recurse without end or scan the whole text per name; cue words read on the wrong word class; labels, headings and
section numbers taken for actors or dropped as labels; a journey home read as a visit; a motive read as a place left.
All names are invented; end to end with the real English pipeline."""
from __future__ import annotations

import sys
import time

import pytest

from kingmaker.api import extract_document
from kingmaker.model import Document

pytestmark = pytest.mark.model


def _run(nlp, text: str):
    ex = extract_document(Document(id="t", text=text), nlp)
    names = {a.id: a.name for a in ex.actors}
    return ex, names


def _actors(nlp, text: str) -> set[str]:
    ex, names = _run(nlp, text)
    return set(names.values())


def _events(nlp, text: str) -> set[tuple]:
    ex, names = _run(nlp, text)
    return {(names.get(e.source), e.type, names.get(e.target)) for e in ex.events}


def _ties(nlp, text: str) -> set[tuple]:
    ex, names = _run(nlp, text)
    return {(names.get(r.source), r.type, names.get(r.target)) for r in ex.relations}


# --- 1. inputs that must not blow up nor take long ---

def test_a_title_chained_without_end_gives_no_recursion_error(nlp):
    text = ("President Oda Venn of Brandia met reporters. Oda Venn visited "
            + "the president of " * 700 + "Quessia. Quessia's parliament voted.")
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(600)  # (one call per "title of" link raised RecursionError at 1,000 links; here at 600)
    try:
        ex, names = _run(nlp, text)
    finally:
        sys.setrecursionlimit(limit)
    assert "Oda Venn" in names.values()


def test_a_long_run_of_capitalised_words_is_read_in_linear_time():
    import spacy

    from kingmaker.nlp.actors import _portfolio_of_place

    def word(i: int) -> str:  # an invented capitalised word, letters only
        return "K" + "".join("aeiouaeiou"[int(d)] + "lnrstvkmbd"[int(d)] for d in f"{i:05d}"[::-1][:5] if d != " ")

    doc = spacy.blank("en")(" ".join(f"{word(3 * i)} {word(3 * i + 1)} Of {word(3 * i + 2)}" for i in range(4000)) + ".")
    cands = [(i, i + 1, "ORG") for i in range(3, len(doc) - 1, 4)]
    t = time.time()
    _portfolio_of_place(doc, cands)
    assert time.time() - t < 3  # (the backward scan walked the whole run per name: quadratic, tens of seconds)


# --- 2. a columnist's "I" is not the writer of the book the column reads ---

@pytest.mark.parametrize("text", [
    "While leafing through the memoirs of Oren Palk, once interior minister of Brandia, I wondered what he hid.\n\n"
    "On Tuesday I rang Lida Servan, Quessia's trade minister, for her view. I also pressed Brandia to release "
    "its files.",
    "Reading the diary of Oren Palk, the former Brandian envoy, over the holidays, my thoughts turned to the war.\n\n"
    "I have asked Brandia to publish the rest of it.",
])
def test_a_column_quoting_a_memoir_has_no_voice_of_its_writer(nlp, text):
    assert not any(src == "Oren Palk" for src, _, _ in _events(nlp, text))


def test_a_real_title_line_still_names_the_voice(nlp):
    text = ('Excerpted from "Winter in the Capital", the memoirs of Oren Palk, interior minister of Brandia.\n\n'
            "That night I urged the Quessian Liberation Front to lay down its arms.")
    assert ("Oren Palk", "REQUEST", "Quessian Liberation Front") in _events(nlp, text)


# --- 3. cue words on the right word class ---

@pytest.mark.parametrize("text", [
    "The Amber Legion pounds Ferrow again. The Amber Legion promised more.",
    "Each night the Amber Legion pounds Ferrow with rockets.",
])
def test_pounds_as_a_verb_is_no_currency(nlp, text):
    assert any(src == "Amber Legion" and t == "ASSAULT" for src, t, _ in _events(nlp, text))


@pytest.mark.parametrize("text", [
    "Brandia flew 250 Coastal Defence Brigade soldiers to the islands. The Coastal Defence Brigade is led by Oren Palk.",
    "Quessia deployed 600 Northern Shield Brigade fighters along the river last week.",
])
def test_a_troop_count_before_a_unit_name_is_no_part_of_it(nlp, text):
    found = _actors(nlp, text)
    assert not any(n[:1].isdigit() for n in found)


@pytest.mark.parametrize("text", [
    "Growing Fears\nShe said the Amber Legion had shelled the port.",
    "Deepening Crisis\nHe said the Amber Legion had seized the bridge.",
])
def test_a_heading_of_common_words_is_no_person(nlp, text):
    found = _actors(nlp, text)
    assert not any(n.split()[0] in ("Growing", "Broken") for n in found)


def test_a_transcript_speaker_label_that_is_an_english_word_is_kept(nlp):
    text = ("Transcript of the radio debate with Piet Crane and Lida Truss.\n\n"
            "CRANE: We condemn the Kaldor Front for the attack on Ferrow.\n"
            "TRUSS: We urge the Kaldor Front to disarm.")
    assert ("Lida Truss", "REQUEST", "Kaldor Front") in _events(nlp, text)


def test_a_byline_initial_that_is_a_roman_letter_stays_a_person(nlp):
    text = "Filed by\nL. Marsh\n\nThe Amber Legion turned down the offer."
    assert "L. Marsh" in _actors(nlp, text)


def test_a_roman_section_title_is_still_no_actor(nlp):
    text = "XIV. Findings\nThe Amber Legion must disarm.\n\nIII. Next Steps\nTalks resume in May."
    found = _actors(nlp, text)
    assert not any("Findings" in n or "Steps" in n for n in found)


# --- 4. travel at home is no visit ---

HOME = ("Quessia's navy sailed closer to the coast on Sunday. Brandia's senate passed the budget late on Monday, and the Brandian navy began exercises near the coast. "
        "Brandia's cabinet called the exercises routine. ")


@pytest.mark.parametrize("text, tie", [
    (HOME + "President Oren Palk toured Brandia on Thursday, visiting towns hit by the floods.",
     ("Oren Palk", "leader_of", "Brandia")),
    (HOME + "Foreign Minister Lida Servan flew to Brandia on Friday after three days of meetings in Quessia.",
     ("Lida Servan", "member_of", "Brandia")),
    (HOME + "Prime Minister Lida Servan travelled in Brandia for a week.",
     ("Lida Servan", "leader_of", "Brandia")),
])
def test_travel_within_or_back_to_the_home_state_keeps_the_tie(nlp, text, tie):
    assert tie in _ties(nlp, text)


# --- 5. a motive is no place left ---

@pytest.mark.parametrize("text", [
    "The Amber Legion pulled back out of fear of the Ferrow Guard.",
    "The Amber Legion fled the valley out of dread of the Ferrow Guard.",
])
def test_out_of_a_motive_aims_at_no_one(nlp, text):
    assert not any(tgt == "Ferrow Guard" and src == "Amber Legion" for src, _, tgt in _events(nlp, text))


def test_out_of_a_named_place_still_aims_at_it(nlp):
    text = "The Amber Legion pulled out of Ferrow on Sunday."
    assert any(t == "RETREAT" for _, t, _ in _events(nlp, text))


# --- 6. one index per text, the same phrase whatever the set's order, multiword cue entries that match ---

def test_a_branch_name_check_reads_the_text_once():
    import spacy

    from kingmaker.knowledge import knowledge
    from kingmaker.nlp.actors import _join_in_names

    kb = knowledge()
    armed = next(k for k, v in sorted(kb.known_orgs.items()) if v[1] == "armed_group" and " " not in k)
    nlp0 = spacy.blank("en")
    parts = [f"{armed.title()} in the Kelvo{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}ra Uplands{chr(97 + i // 676)} "
             "shelled a depot ." for i in range(2500)]  # (each region named once: no early match)
    doc = nlp0(" ".join(parts))
    cands = []
    for tok in doc:
        if tok.lower_ == armed:
            cands += [(tok.i, tok.i + 1, "ORG"), (tok.i + 3, tok.i + 5, "")]
    t = time.time()
    _join_in_names(doc, cands)
    assert time.time() - t < 3  # (each name's words were looked for over the whole text: quadratic)


def test_the_earliest_authorship_phrase_of_a_line_is_found():
    from kingmaker.nlp.layout import _has_phrase

    for k in range(12):  # (sets of different members iterate in different orders)
        first, second = f"the diary{k} of", f"the memoirs{k} of"
        line = f"{first} oren palk, with {second} lida servan"
        assert _has_phrase(line, frozenset({first, second})) == len(first)
        assert _has_phrase(f"{second} lida servan, with {first} oren palk", frozenset({first, second})) == len(second)


@pytest.mark.parametrize("text", [
    "Quessia urged the splinter group led by Oren Palk to lay down its arms.",
    "Brandia condemned the splinter faction headed by Oren Palk for the raid.",
])
def test_a_splinter_group_led_by_a_person_stands_for_that_person(nlp, text):
    assert any(tgt == "Oren Palk" for _, _, tgt in _events(nlp, text))
