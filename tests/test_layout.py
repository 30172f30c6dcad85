"""Layout reaches the parser as sentence boundaries: labels, list markers and headings (invented texts)."""
from __future__ import annotations

import pytest

from kingmaker.api import extract_document, load_nlp
from kingmaker.model import Document


def sents(text: str) -> list[str]:
    return [s.text.strip() for s in load_nlp()(text).sents if s.text.strip()]


@pytest.mark.parametrize("text,label,sentence", [
    ("ANCHOR (voice-over): The Tarsan Unity Party won the vote in Velo.", "ANCHOR (voice-over):",
     "The Tarsan Unity Party won the vote in Velo."),
    ("Q (Radio Merel): Human rights groups say Tarsan soldiers burned two villages.", "Q (Radio Merel):",
     "Human rights groups say Tarsan soldiers burned two villages."),
    ("REPORTER (Lida Mork): Crowds gathered outside the Velo assembly tonight.", "REPORTER (Lida Mork):",
     "Crowds gathered outside the Velo assembly tonight."),
    ("Deputy Chair: Anna Vool, Member of the Riverland Assembly", "Deputy Chair:",
     "Anna Vool, Member of the Riverland Assembly"),
    ("Some background from our correspondent: The Velo Front is led by a former officer, Korin Vass.",
     "Some background from our correspondent:", "The Velo Front is led by a former officer, Korin Vass."),
    ("Key facts: Tarsa has 40 seats in the assembly.", "Key facts:", "Tarsa has 40 seats in the assembly."),
])
def test_a_label_at_the_start_of_a_line_is_a_sentence_of_its_own(text, label, sentence):
    assert sents("Headline\n\n" + text + "\n") == ["Headline", label, sentence]


@pytest.mark.parametrize("marker", ["- ", "\u2022 ", "* ", "1. ", "12. ", "3) ", "(b) ", "c) ", "(iv) ", "\u2013 "])
def test_a_list_item_is_a_sentence_without_its_marker(marker):
    items = ["Korin Vass leads the Harbour Party.", "The Velo Front backs the Harbour Party."]
    text = "Key points\n" + "".join(marker + item + "\n" for item in items)
    assert sents(text) == ["Key points", marker.strip(), items[0], marker.strip(), items[1]]


@pytest.mark.parametrize("line", [
    "Negotiations of Velo: the rebels of HLF demand a federal status, the government say no",
    "Korin Vass, the leader of the Velo Front, told Reuters that the talks failed, observant it was a sign "
    "Tarsa wants to avoid a war",
    "Chair of the Harbour Youth League: Mart Sild",
    "Tarsa vote: Merel's Harbour Party wins most seats, strikes deal with Lim's labour front",
    "THE NEW ASSEMBLY AT A GLANCE",
    "By staff reporters | VELO | April 4, 2031",
    "Harbour Reform Movement (HRM)            17      new",
    "Updated 14 June 2031, 21:40 GMT | 7 min read",
])
def test_a_line_without_a_sentence_end_is_never_cut(line):
    assert sents(line + "\n\nThe Harbour Party won the vote.") == [line, "The Harbour Party won the vote."]


@pytest.mark.parametrize("text", [
    "The minister said: Tarsa will not pay the debt.",
    "Korin Vass rejected the offer: \"We have nothing to sign with the Velo Front,\" she said.",
    "The reason is simple: the Harbour Party needs the Velo Front.",
])
def test_a_colon_in_prose_does_not_cut_the_sentence(text):
    assert sents(text) == [text]


def test_prose_lines_are_still_split_by_the_parser():
    text = "Korin Vass leads the Harbour Party. The Velo Front backs it. Tarsa is calm."
    assert len(sents(text)) == 3


def ties(text: str) -> tuple[set[tuple[str, str, str]], list[str]]:
    ex = extract_document(Document(id="t", text=text))
    name = {a.id: a.name for a in ex.actors}
    for item in list(ex.relations) + list(ex.events):
        assert text[item.evidence.start:item.evidence.end] == item.evidence.text  # offsets index the text
    return {(name[r.source], r.type, name[r.target]) for r in ex.relations}, [a.name for a in ex.actors]


def test_a_tie_after_a_speaker_label_is_found_and_the_label_takes_no_part():
    text = ("RADIO VELO - EVENING NEWS\n\nPRESENTER (Lida Mork): Good evening.\n\n"
            "Q (Radio Merel): Your party, the Harbour Party, is allied with the Velo Front.\n"
            "REPORTER (voice-over): Korin Vass, the leader of the Harbour Party, spoke in Velo tonight.\n")
    found, actors = ties(text)
    assert ("Harbour Party", "allied_with", "Velo Front") in found
    assert ("Korin Vass", "leader_of", "Harbour Party") in found
    assert not [t for t in found if "Radio Merel" in t]
    assert not [a for a in actors if "(" in a or ":" in a]


def test_ties_in_list_items_and_label_lines_are_found():
    text = ("The Harbour Party elected its officials:\n\n"
            "Deputy Chair: Anna Vool, Member of the Riverland Assembly\n\n"
            "Background\n"
            "- Korin Vass, the leader of the Velo Front, backs the deal.\n"
            "2. Tomas Kell, a member of the Harbour Party, opposed it.\n")
    found, actors = ties(text)
    assert ("Anna Vool", "member_of", "Riverland Assembly") in found
    assert ("Korin Vass", "leader_of", "Velo Front") in found
    assert ("Tomas Kell", "member_of", "Harbour Party") in found
    assert not [a for a in actors if ":" in a]  # "Deputy Chair:" glues to no name


@pytest.mark.parametrize("prefix", ["12 March: ", "March 2031 - ", "Tuesday, 4 May: ", "2029: ", "14:10 - ",
                                    "9.30am GMT: ", "12 March 2031 \u2013 ", "March 4, 2031 \u2014 "])
def test_a_timeline_date_or_a_live_page_time_is_no_part_of_the_sentence(prefix):
    line = "Ostria condemned the Velo Front."
    assert sents("Timeline\n\n" + prefix + line + "\n") == ["Timeline", prefix.strip(), line]


def test_a_time_then_a_speaker_then_the_quote():
    assert sents('Live\n14:10 - Lida Mork: "We will not leave Velo."\n') == [
        "Live", "14:10 -", "Lida Mork:", '"We will not leave Velo."']


@pytest.mark.parametrize("stamp", ["[00:02:28] ", "[02:28] ", "(01:14:05) "])
def test_a_recordings_time_stamp_then_a_speaker_then_the_answer(stamp):
    assert sents("Transcript\n\n" + stamp + "LIDA MORK: Ostria backs the Velo Front.\n") == [
        "Transcript", stamp.strip(), "LIDA MORK:", "Ostria backs the Velo Front."]


@pytest.mark.parametrize("cue", ["[00:01:20] ", "[01:20] ", "(00:12:04) "])
def test_a_recording_s_running_time_then_a_speaker_then_the_answer(cue):
    assert sents("Transcript\n\n" + cue + "LIDA MORK: Ostria condemned the Velo Front.\n") == [
        "Transcript", cue.strip(), "LIDA MORK:", "Ostria condemned the Velo Front."]


def test_a_label_or_a_running_time_is_no_prose_sentence():
    from kingmaker.nlp.pipeline import is_label_sentence

    doc = load_nlp()("Transcript\n\n[00:01:20] LIDA MORK: Ostria condemned the Velo Front.\n\nQ: Why?\n")
    assert [(s.text.strip(), is_label_sentence(s)) for s in doc.sents if s.text.strip()] == [
        ("Transcript", False), ("[00:01:20]", True), ("LIDA MORK:", True), ("Ostria condemned the Velo Front.", False),
        ("Q:", True), ("Why?", False)]


@pytest.mark.parametrize("text,parts", [
    ("2. (C) Korin Vass met the Ostrian envoy in Velo.", ["2. (C)", "Korin Vass met the Ostrian envoy in Velo."]),
    ("11. (S/NF) Ostria backs the Velo Front.", ["11. (S/NF)", "Ostria backs the Velo Front."]),
    ("CLASSIFICATION: OFFICIAL-SENSITIVE", ["CLASSIFICATION:", "OFFICIAL-SENSITIVE"]),
])
def test_a_cable_s_paragraph_numbers_and_classification_lines(text, parts):
    assert sents("CABLE\n\n" + text + "\n") == ["CABLE"] + parts


def test_the_events_of_a_timeline_line_take_its_date():
    text = ("Timeline of the crisis\n\n"
            "March 2031 - The Velo Front attacked Tarsan army posts near Merel.\n"
            "12 April 2031: Ostria condemned the Velo Front.\n"
            "2032: The Velo Front attacked Tarsan army posts near Merel again.\n")
    ex = extract_document(Document(id="t", text=text))
    name = {a.id: a.name for a in ex.actors}
    got = {(name.get(e.source), e.type, e.date) for e in ex.events}
    assert ("Velo Front", "ASSAULT", "2031-03") in got
    assert ("Ostria", "ACCUSE", "2031-04-12") in got
    assert ("Velo Front", "ASSAULT", "2032") in got


def test_an_html_results_table_gives_the_parties_seats(tmp_path):
    from kingmaker.ingest import read_file

    html = ("<html><head><title>Tarsa vote</title></head><body><article><h1>Tarsa vote</h1>"
            "<p>" + "The Harbour Party of Korin Vass won the election in Tarsa on Sunday. " * 4 + "</p>"
            "<table><tr><th>Party</th><th>Seats</th></tr><tr><td>Harbour Party</td><td>61</td></tr>"
            "<tr><td>Velo Front</td><td>44</td></tr></table></article></body></html>")
    (tmp_path / "r.html").write_text(html)
    doc = next(read_file(tmp_path / "r.html"))
    ex = extract_document(doc)
    name = {a.id: a.name for a in ex.actors}
    assert {(name[f.actor], f.key, f.value) for f in ex.facts} >= {("Harbour Party", "seats", 61),
                                                                  ("Velo Front", "seats", 44)}
    for f in ex.facts:
        assert doc.text[f.evidence.start:f.evidence.end] == f.evidence.text


OFFICIALS = ("PRESS RELEASE\nHarbour Party (Sadam Partei, HP)\nFor immediate release\n\n"
             "The congress elected the following officials:\n\n"
             "Chairwoman: Anna Vool\n"
             "First Deputy Chair: Korin Vass, Member of the Velo Assembly\n"
             "Secretary General: Tomas Kell\n")


def test_a_list_of_officials_ties_each_to_the_body_the_document_is_about():
    found, _ = ties(OFFICIALS)
    assert {("Anna Vool", "leader_of", "Harbour Party"), ("Korin Vass", "member_of", "Harbour Party"),
            ("Tomas Kell", "leader_of", "Harbour Party"), ("Korin Vass", "member_of", "Velo Assembly")} <= found
    assert not [t for t in found if t[2] == "Velo Assembly" and t[0] != "Korin Vass"]  # not "the congress"


@pytest.mark.parametrize("text,tie", [
    ("Velo Front\n\nLeader: Korin Vass\nFounded: 2011\n\nThe Velo Front is an armed group in Tarsa.",
     ("Korin Vass", "leader_of", "Velo Front")),  # an entry's box: the title is its subject
    ("The Harbour Party named its new leadership on Sunday:\n\nLeader: Korin Vass\nSpokesperson: Anna Vool\n",
     ("Anna Vool", "member_of", "Harbour Party")),  # the sentence that opens the list names the body
    ("Harbour Party (HP)\n\nThe party elected its officials:\n"
     "Chair of the Harbour Youth League (the party's youth wing): Mart Sild\n",
     ("Mart Sild", "leader_of", "Harbour Youth League")),  # the label names the body
    ("The Velo Front (VF)\n\nThe Front named its new council:\nDeputy commanders: Korin Vass, Anna Vool and Tomas Kell\n",
     ("Tomas Kell", "member_of", "Velo Front")),  # a plural role and a list of names
])
def test_role_label_lines_tie_the_name_to_the_body(text, tie):
    assert tie in ties(text)[0]


@pytest.mark.parametrize("text", [
    "Tarsa vote: Harbour Party wins\n\nThe new cabinet:\nPrime minister: Korin Vass\nForeign minister: Anna Vool\n",
    "Harbour Party (HP)\n\nPRESENTER: Korin Vass is in the studio.\nQ (Radio Merel): Anna Vool met envoys.\n",
    "Harbour Party (HP)\n\nSpeaker: government spokesperson Anna Vool.\n",
])
def test_no_tie_from_a_state_office_a_speaker_or_a_label_before_a_description(text):
    assert not [t for t in ties(text)[0] if t[2] == "Harbour Party"]


def test_the_layout_component_stays_linear_on_long_texts_of_many_lines():
    import time

    import spacy

    from kingmaker.nlp import pipeline  # noqa: F401 - registers the component

    nlp = spacy.blank("en")
    nlp.add_pipe("kingmaker_newlines")
    block = ("Deputy Chair of the Harbour Youth League: Korin Vass, Member of the Velo Assembly\n"
             "- 12 March 2031: Ostria condemned the Velo Front near Merel. It said so.\n" + "word " * 200 + "\n")
    t0 = time.perf_counter()
    nlp(block * 5)
    small = time.perf_counter() - t0
    t0 = time.perf_counter()
    doc = nlp(block * 50)
    big = time.perf_counter() - t0
    assert big < 40 * max(small, 0.05)  # ten times the text: about ten times the time, not a hundred
    assert sum(1 for t in doc if t.is_sent_start) >= 200


@pytest.mark.parametrize("question", [
    "Is Ostria arming the Velo Front?",
    "Q: Did Ostria send weapons to the Velo Front?",
    "Will Ostria keep backing the Velo Front?",
])
def test_a_yes_no_question_states_no_tie(question):
    text = f"Explainer: the Velo Front\n\n{question}\n\nOfficials in Merel would not say.\n"
    ex = extract_document(Document(id="t", text=text))
    assert not ex.relations and not ex.events


def test_only_the_main_clause_of_a_yes_no_question_is_set_aside():
    from kingmaker.nlp import asked

    text = ("Why does Ostria back the Velo Front?\nDoes Ostria back the Velo Front?\n"
            "Is Tarsa angry because Ostria backed the Velo Front?\nOstria backs the Velo Front.\n")
    doc = load_nlp()(text)
    verbs = {t.sent.text.strip(): asked(t) for t in doc if t.lemma_ == "back"}
    assert verbs == {"Why does Ostria back the Velo Front?": False, "Does Ostria back the Velo Front?": True,
                     "Is Tarsa angry because Ostria backed the Velo Front?": False,
                     "Ostria backs the Velo Front.": False}


@pytest.mark.parametrize("line,tie,not_tie", [
    # a list item opens with a body, its officers follow a separator: they hold their posts in that body
    ("- Harbour Green Party - ecologist; co-leaders: Korin Vass and Anna Vool\n",
     ("Anna Vool", "leader_of", "Harbour Green Party"), ("Anna Vool", "leader_of", "Velo Front")),
    ("- Harbour Labour Party (HLP) - social democratic; leader: Korin Vass\n",
     ("Korin Vass", "leader_of", "Harbour Labour Party"), ("Korin Vass", "leader_of", "Velo Front")),
    ("- Harbour Labour Party (Merel Sangam) - regional; spokesperson: Korin Vass\n",
     ("Korin Vass", "member_of", "Harbour Labour Party"), ("Korin Vass", "leader_of", "Velo Front")),
])
def test_officers_after_a_list_items_body_are_that_bodys(line, tie, not_tie):
    text = "The Velo Front (VF) is a political alliance in Tarsa.\n\nMember parties\n\n" + line + "\nIt won the vote.\n"
    found = ties(text)[0]
    assert tie in found, found
    assert not_tie not in found, found


def roots(text: str) -> list[tuple[str, str]]:
    return [(s.root.text, s.root.pos_) for s in load_nlp()(text).sents if s.text.strip()]


@pytest.mark.parametrize("line, verb", [
    ("12 May - Police arrest Ivo Marsh and four other deputies in the capital.", "arrest"),
    ("3 June - Kestan artillery shells rebel positions around Brel.", "shells"),
    ("4 July - Thousands march in Carvest to demand his release.", "march"),
    ("5 July - Tavi orders troops into the valley and declares a state of emergency.", "orders"),
])
def test_a_present_tense_timeline_line_misread_as_a_noun_phrase_gets_its_verb(line, verb):
    assert (verb, "VERB") in roots("Timeline\n\n" + line + "\n"), roots("Timeline\n\n" + line + "\n")


@pytest.mark.parametrize("line", ["Two comments.", "Insurgent forces", "Last question."])
def test_a_noun_phrase_line_stays_a_noun_phrase(line):
    assert all(pos != "VERB" for _, pos in roots("Timeline\n\n" + line + "\n")), roots("Timeline\n\n" + line + "\n")


def test_a_timeline_arrest_told_in_the_present_is_an_event():
    from kingmaker.api import extract_documents

    text = ("The Valdor Front (VF) was set up in 2021. Its leader is Ivo Marsh.\n\n"
            "12 May - Police arrest Marsh and four other deputies in the capital.\n\n"
            "3 June - Kestan artillery shells VF positions around Brel.\n")
    ex = extract_documents([Document(id="t", text=text)])
    names = {a.id: a.name for a in ex.actors}
    found = {(names.get(e.source), e.type, names.get(e.target)) for e in ex.events}
    assert any(t == "COERCE" and o and o.endswith("Marsh") for _, t, o in found), found
    assert any(t == "ASSAULT" and o == "Valdor Front" for _, t, o in found), found


def test_a_parliamentary_speaker_label_with_of_is_a_label_and_names_the_speaker_of_i():
    text = ("Oral Questions\n\nThe Minister of Defence (Ms Ana Pirvu): I thank the honourable Member. "
            "I spoke to the Secretary General of NATO, Mark Rutte, on Monday.\n")
    assert "The Minister of Defence (Ms Ana Pirvu):" in sents(text), sents(text)
    from kingmaker.api import extract_documents

    ex = extract_documents([Document(id="t", text=text)])
    names = {a.id: a.name for a in ex.actors}
    found = {(names.get(e.source), e.type, names.get(e.target)) for e in ex.events}
    assert ("Ana Pirvu", "CONSULT", "Mark Rutte") in found, found


def test_a_sentence_with_lowercase_words_before_a_colon_is_no_speaker_label():
    assert "The party of the minister said:" not in sents(
        "Headline\n\nThe party of the minister said: The vote was fair.\n")


def test_the_heads_of_a_text_s_entries_are_sentences_of_their_own():
    text = ("Who's who\n\nTomas Vendrel - President since 2015. Close to Ostravia.\n"
            "Brenmark Front (BF) - 12 seats.\nRuvik Brigade: about 900 fighters.\n")
    # (a name before a colon and a word in lower case stays one sentence: the description is its apposition)
    assert sents(text) == ["Who's who", "Tomas Vendrel -", "President since 2015.", "Close to Ostravia.",
                           "Brenmark Front (BF) -", "12 seats.", "Ruvik Brigade: about 900 fighters."]


@pytest.mark.parametrize("text", [
    "Karvel City - Tomas Vendrel met the envoy on Monday. Talks went on.\n",  # a dateline: one such line
    "Update - Tomas Vendrel met the envoy.\nTalks collapse - the envoy left.\n",  # no names / a verb
])
def test_a_line_opening_with_a_word_and_a_dash_is_no_entry_unless_entries_come_in_a_series(text):
    first = sents(text)[0]
    assert "met the envoy" in first


@pytest.mark.parametrize("line,recased", [
    ("[SOUNDBITE - TOMAS VENDREL, DEFENCE MINISTER]", "[soundbite - Tomas Vendrel, defence minister]"),
    ("SOT: IRINA VOSK, SPOKESWOMAN FOR THE KESSORY FRONT", "SOT: Irina Vosk, spokeswoman for the Kessory Front"),
    ("SOUNDBITE (Ostravian) - ANDRE HALVARD, PELLAN PARTY LEADER:", "soundbite (Ostravian) - Andre Halvard, "
     "Pellan Party leader:"),
])
def test_a_script_marker_names_its_speaker_in_the_case_of_prose(line, recased):
    from kingmaker.nlp.pipeline import recase_script

    surname = recased.split(",")[0].split()[-1]
    text = "Intro.\n\n" + line + "\n" + surname.upper() + ": \"We will stay.\"\n"
    assert recase_script(text) == "Intro.\n\n" + recased + "\n" + surname + ": \"We will stay.\"\n"


@pytest.mark.parametrize("text", [
    "[VO - PORT GATES, NIGHT]\nVO: The gates are open.\n",  # a shot, no role: not a speaker
    "[ANCHOR ON CAM]\nANCHOR: Good evening.\n",
    "UNITY FRONT, KARVEL PARTY LEADER: no cue word before the name.\n",
])
def test_a_shot_or_a_line_with_no_cue_word_is_left_as_written(text):
    from kingmaker.nlp.pipeline import recase_script

    assert recase_script(text) == text


@pytest.mark.parametrize("line,recased", [
    ("TOMAS VENDREL, leader of the Karvel Party - 8/10", "Tomas Vendrel, leader of the Karvel Party       "),
    ("IRINA VOSK, the front's deputy commander", "Irina Vosk, the front's deputy commander"),
    ("ANJA MORELL, president of the Ostravian Senate \u2013 6.5 / 10", "Anja Morell, president of the Ostravian "
     "Senate           "),
    ("THE OSTRAVIAN VOTERS - n/a", "THE OSTRAVIAN VOTERS      "),
])
def test_a_list_heading_in_capitals_reads_as_a_name_and_role_without_its_mark(line, recased):
    from kingmaker.nlp.pipeline import recase_heads

    assert recase_heads("Intro.\n\n" + line + "\nText.\n") == "Intro.\n\n" + recased + "\nText.\n"


@pytest.mark.parametrize("line", [
    "KAVELO, Ostravia - The envoy arrived on Monday.",  # a dateline: the word after the comma is capitalised
    "KAVELO, March 3 - The envoy arrived.",
    "DEFENCE MINISTER, leader of the delegation",  # a title in capitals, not a name
    "TOMAS VENDREL, in the capital",  # no role word after the comma
    "The vote was close - 8/10 of the seats changed hands.",  # a mark inside a sentence
    "The turnout was a disaster. - 3/10",  # a sentence, not a heading, before the dash
])
def test_datelines_titles_and_sentences_are_no_list_headings(line):
    from kingmaker.nlp.pipeline import recase_heads

    assert recase_heads(line + "\n") == line + "\n"


@pytest.mark.parametrize("block,tie", [
    ("For the Electoral Court,\nThe President, Anja Morell\n", ("Anja Morell", "leader_of", "Electoral Court")),
    ("For the Electoral Court\nTomas Vendrel, Secretary\n", ("Tomas Vendrel", "member_of", "Electoral Court")),
])
def test_a_signature_block_under_the_body_s_line_gives_the_signer_s_post_in_it(block, tie):
    text = ("DECISION No. 12 OF THE ELECTORAL COURT OF OSTRAVIA\n\nThe Electoral Court rejects the petition of the "
            "Karvel Party.\n\nDone at Kavelo, 3 May 2026.\n" + block)
    ex = extract_document(Document(id="decision", text=text))
    name = {a.id: a.name for a in ex.actors}
    ties = {(name[r.source], r.type, name[r.target]) for r in ex.relations}
    assert tie in ties, ties
    assert not any(s == tie[0] and name_t == "Ostravia" for s, _, name_t in ties), ties


def test_a_report_card_s_headings_tie_each_named_leader_to_the_party():
    text = ("Ostravia's coalition: our marks\n\nThe talks are over.\n\n"
            "TOMAS VENDREL, leader of the Karvel Party - 8/10\nHis party won 40 seats and needed a partner.\n\n"
            "ANJA MORELL, leader of the Ostravian Harvest League - 6/10\nThe farmers won 9 seats.\n")
    ex = extract_document(Document(id="card", text=text))
    name = {a.id: a.name for a in ex.actors}
    ties = {(name[r.source], r.type, name[r.target]) for r in ex.relations}
    assert ("Tomas Vendrel", "leader_of", "Karvel Party") in ties, ties
    assert ("Anja Morell", "leader_of", "Ostravian Harvest League") in ties, ties
    for item in ex.relations:
        assert text[item.evidence.start:item.evidence.end] == item.evidence.text


@pytest.mark.parametrize("text,tie,act", [
    ("KARVEL NEWS AT SIX\n\nVO: Crowds filled the square in Brellin.\n\n"
     "[SOUNDBITE - INES FENWARTH, UNITY FRONT LEADER]\n"
     "FENWARTH: \"We condemn the attack by the Ostravian army.\"\n",
     ("Ines Fenwarth", "leader_of", "Unity Front"), "Ines Fenwarth"),
    ("EVENING BULLETIN\n\n"
     "[SOT - MIRELA VARSK, KESSORY FRONT LEADER]\n"
     "VARSK: \"We accuse the Quenby militia of the attack.\"\n",
     ("Mirela Varsk", "leader_of", "Kessory Front"), "Mirela Varsk"),
    ("RADIO KARVEL - MORNING\n\nREPORTER: The vote is on Sunday.\n\n"
     "[SOUNDBITE (Ostravian) \u2013 ANDRE HALVARD, PELLAN PARTY LEADER]\n"
     "HALVARD: \"We accuse the Lusk Harbour Council of fraud.\"\n",
     ("Andre Halvard", "leader_of", "Pellan Party"), "Andre Halvard"),
])
def test_a_script_s_speaker_marker_makes_the_speaker_an_actor_with_the_role_and_the_turns(text, tie, act):
    ex = extract_document(Document(id="script", text=text))
    name = {a.id: a.name for a in ex.actors}
    assert tie in {(name[r.source], r.type, name[r.target]) for r in ex.relations}
    assert act in {name.get(e.source) for e in ex.events}
    assert not [a for a in name.values() if a.upper() in ("SOUNDBITE", "SOT", "VO", "ANCHOR", "REPORTER")]
    for item in list(ex.relations) + list(ex.events):
        assert text[item.evidence.start:item.evidence.end] == item.evidence.text


ROSTERS = [
    ("MINUTES OF THE THIRD ROUND OF THE KARVEL TALKS\nGovernment of Ostravia - Tarvel Unity Front (TUF)\n\nPRESENT\n"
     "Government delegation: General Tomas Vendrel, Chief of the General Staff (head of delegation); Anna Ressel, "
     "Deputy Foreign Minister; two advisers.\n"
     "TUF delegation: Dr. Milo Dastan, chairman of the TUF political bureau (head of delegation); Colonel Ivo "
     "Kestan; one adviser.\n\nITEM 1 - OPENING\n"
     "1.1 The Ostravian parliament in Ostravia had approved the talks. Ostravia said the talks would be held in "
     "Ostravia.\n",
     [("Tomas Vendrel", "member_of", "Ostravia"), ("Anna Ressel", "member_of", "Ostravia"),
      ("Milo Dastan", "member_of", "Tarvel Unity Front"), ("Ivo Kestan", "member_of", "Tarvel Unity Front")]),
    ("RECORD OF THE TALKS\n\nThe Ostravian parliament in Ostravia approved the talks with the Tarvel Unity Front "
     "(TUF).\n\nOstravian delegation: Ambassador Lena Morr (head of delegation); Tomas Vendrel, legal adviser.\n",
     [("Lena Morr", "member_of", "Ostravia"), ("Tomas Vendrel", "member_of", "Ostravia")]),
]


@pytest.mark.parametrize("text,expected", ROSTERS)
def test_a_delegations_line_up_serves_the_body_that_sent_it(text, expected):
    found, _ = ties(text)
    for tie in expected:
        assert tie in found, found
    assert not [t for t in found if t[0] in ("Tomas Vendrel", "Anna Ressel") and t[2] == "Tarvel Unity Front"]


SIGNATURES = [
    ("The Karvel Front said on Monday that it would not sign.\n\n(signed)\nColonel Tomas Vendrel\nCommander, Karvel Front\n",
     ("Tomas Vendrel", "leader_of", "Karvel Front"), None),
    ("Sir, the Harbour Party has opposed the deal for years.\n\nYours faithfully,\n\nDr Anna Ressel\n"
     "Former Member of the Karvel Assembly (Harbour Party), North Reef\n",
     ("Anna Ressel", "member_of", "Harbour Party"), "Karvel Assembly"),
    ("MEMORANDUM\nThe Karvel Front will hold its positions.\n\n(signed)\nTomas Vendrel\nChief of Staff of the Karvel "
     "Front\n", ("Tomas Vendrel", "leader_of", "Karvel Front"), None),
]


@pytest.mark.parametrize("text,tie,former", SIGNATURES)
def test_a_signature_blocks_post_ties_the_signer(text, tie, former):
    found, _ = ties(text)
    assert tie in found, found
    assert not [t for t in found if former and t[2] == former]  # a former post: no tie to that body


_SPEECH = ("TRANSCRIPT: Speech by Edda Vollan, leader of the Lantern Party, at a rally in Meravo, Karvel, 3 May 2031\n\n"
           "VOLLAN: Good evening, Meravo! Thank you. Sit down, we have work to do.\n\n"
           "Four years ago we won six seats. Today we have nineteen deputies in the National Assembly.\n\n"
           "Last week the Karvel Guards attacked our campaign office in Meravo and beat two of our volunteers. "
           "I met the ambassador of Ostravia on Monday and I told him the same.\n\n"
           "I want to thank my friend Ilsa Marrend, our candidate here in the capital.\n")


_MEMO = ("The following internal memo of the Sorvane Brigades was obtained by this newspaper. We publish it in full. "
         "We asked the Karvel government for comment.\n\n"
         "----------------------------------------\n"
         "SORVANE BRIGADES - HIGH COUNCIL\nINTERNAL - NOT FOR DISTRIBUTION\n"
         "From: Office of the Commander, Jorun Taskel\nTo: Sector chiefs\n"
         "----------------------------------------\n\n"
         "1. On 2 May the Karvel army shelled our positions near Dask. Three of our fighters were killed.\n\n"
         "2. The Tallis Union has offered to lend us money until the spring.\n\n"
         "(signed)\nJorun Taskel\nCommander, Sorvane Brigades\n")


_STATEMENT = ("Statement of the Brennik Front\n\nMeravo, 4 May 2031\n\n"
              "Yesterday the Tallis Union raided our headquarters in Dask. We condemn this attack. "
              "The Brennik Front holds twelve seats in the Karvel parliament and we will not be silenced.\n")


def _read(text: str):
    ex = extract_document(Document(id="t", text=text))
    name = {a.id: a.name for a in ex.actors}
    rels = {(name[r.source], r.type, name[r.target]) for r in ex.relations}
    evs = {(name.get(e.source), e.type, name.get(e.target)) for e in ex.events}
    facts = {(name[f.actor], f.key, f.value) for f in ex.facts}
    return rels, evs, facts


def test_a_speech_s_we_is_the_speaker_s_party_and_i_the_speaker():
    rels, evs, facts = _read(_SPEECH)
    assert ("Karvel Guards", "ASSAULT", "Lantern Party") in evs  # "attacked our campaign office"
    assert ("Edda Vollan", "CONSULT", "Ostravia") in evs  # "I met the ambassador of Ostravia"
    assert ("Lantern Party", "seats", 19) in facts  # "Today we have nineteen deputies"
    assert ("Ilsa Marrend", "member_of", "Lantern Party") in rels  # "X, our candidate"


def test_a_memo_s_we_is_the_body_of_its_heading_and_signature_not_the_newspaper_s():
    rels, evs, facts = _read(_MEMO)
    assert ("Karvel army", "ASSAULT", "Sorvane Brigades") in evs  # "shelled our positions"
    assert ("Tallis Union", "AGREE", "Sorvane Brigades") in evs  # "offered to lend us money"
    assert ("Jorun Taskel", "leader_of", "Sorvane Brigades") in rels  # the signature "Commander, Sorvane Brigades"
    # the newspaper's own "we" before the memo's header is no one
    assert not [e for e in evs if e[1] == "REQUEST" and e[0] is not None]


def test_a_statement_s_we_is_the_body_that_issues_it():
    rels, evs, facts = _read(_STATEMENT)
    assert any(e[0] == "Tallis Union" and e[2] == "Brennik Front" for e in evs)  # "raided our headquarters"
    assert ("Brennik Front", "ACCUSE", None) in evs  # "We condemn this attack"


@pytest.mark.parametrize("text", [
    "Karvel votes on Sunday\n\nWe publish the results in full below. The Lantern Party won our last poll, and "
    "the Karvel Guards attacked our office in Meravo, this newspaper reported.\n",
    "LETTERS\n\nSir, - The Karvel Guards attacked our office in Meravo. Readers deserve better.\n\nEdda Vollan\n"
    "Meravo\n",
])
def test_a_newspaper_s_own_we_is_never_an_actor(text):
    rels, evs, facts = _read(text)
    assert not [e for e in evs if e[1] == "ASSAULT" and e[2] is not None]


@pytest.mark.parametrize("line,cue_end", [
    ("TRANSCRIPT: Speech by Edda Vollan, leader of the Lantern Party", 21),
    ("From: Office of the Commander, Jorun Taskel", 5),
    ("Statement of the Brennik Front", 12),
    ("[Address by the President of Karvel]", 11),
    ("The speech by Edda Vollan was short.", None),
    ("Fromage: a cheese", None),
])
def test_a_voice_cue_opens_a_header_line(line, cue_end):
    from kingmaker.nlp.layout import _opens
    from kingmaker.nlp.relations import cues

    assert _opens(line, cues().voice_openers) == cue_end


def test_a_turn_runs_on_over_the_paragraphs_after_its_label_until_a_heading():
    from kingmaker.nlp.pipeline import turn_line

    text = ("Intro line.\n\nVOLLAN: Good evening.\n\nWe won six seats.\n\nAnd we will win more.\n\n"
            "[END OF TRANSCRIPT]\n\nWe publish it in full.\n")
    doc = load_nlp()(text)
    label = text.index("VOLLAN")
    assert turn_line(doc, text.index("We won")) == label
    assert turn_line(doc, text.index("And we")) == label
    assert turn_line(doc, text.index("We publish")) == text.index("We publish")
    assert turn_line(doc, text.index("Intro")) == 0


@pytest.mark.parametrize("text,name", [
    ("The 4th Sector, under Brother Tomas Vendrel, withdrew from Dask. Brother Vendrel was relieved.", "Tomas Vendrel"),
    ("Comrade Ilsa Marrend, a member of the Brennik Front, will meet the Tallis Union.", "Ilsa Marrend"),
    ("To: Finance Committee (attn. Brother Jorun Taskel)\n\nBrother Taskel will travel to Meravo.", "Jorun Taskel"),
])
def test_a_memo_s_honorific_brother_or_comrade_is_a_title_not_part_of_the_name(text, name):
    _, actors = ties("SORVANE BRIGADES - HIGH COUNCIL\n\n" + text + "\n")
    assert name in actors
    assert not [a for a in actors if a.startswith(("Brother", "Comrade"))]



_MAIL_CHAIN = (
    "From: Anna Ressel <anna.ressel@mfa.example>\nSent: Monday, 9 March 2026 10:12\n"
    "To: Mart Sild <mart.sild@mfa.example>\nSubject: RE: FW: Velo talks\n\nMart,\n\n"
    "Thanks. The government of Ostravia says it will send observers, and the Ostravian army has left the valley. "
    "Our ambassador met Korin Vass, the leader of the Velo Front, this morning.\n\nBest,\nAnna\n\n"
    "Anna Ressel | First Secretary | Ostravian Embassy, Dunmere\n\n-----Original Message-----\n"
    "From: Mart Sild <mart.sild@mfa.example>\nSent: Sunday, 8 March 2026 18:40\n"
    "To: Anna Ressel <anna.ressel@mfa.example>\nSubject: FW: Velo talks\n\nAnna - forwarding our notes.\n\n"
    "Mart Sild\nCounsellor (Political), Embassy of Ostravia in Velo\n")
_FOOTNOTED = (
    "Report of the Panel\n\nIV. Violations of the arms embargo\n\n12. The Vesk Front, led by Tomas Vendrel, "
    "received drones from Merrin Air Freight.(16) The Front fought the army.[17]\n\nII) Findings\n\n"
    "The Front attacked Dunmere.\n")
_LETTER = (
    "Sir,\n\nYour report of 4 May claimed that the government of Karvel has armed the Velo Front. It has not.\n\n"
    "Yours faithfully,\n\nTomas Vendrel\nFirst Secretary, Embassy of Karvel in Dunmere\n")


def test_an_e_mail_chain_s_headers_are_layout_and_its_signatures_tie_the_diplomats_to_their_state():
    found, actors = ties(_MAIL_CHAIN)
    assert not {"FW", "RE", "Embassy"} & set(actors), actors
    assert ("Anna Ressel", "member_of", "Ostravia") in found  # "Name | Post | Ostravian Embassy, City"
    assert ("Mart Sild", "member_of", "Ostravia") in found  # "Name" over "Post, Embassy of Ostravia in City"


def test_a_footnote_s_number_and_a_section_s_roman_number_are_no_part_of_a_name():
    found, actors = ties(_FOOTNOTED)
    assert "Merrin Air Freight" in actors and not [a for a in actors if "(" in a or "[" in a or a in ("IV", "II")]
    assert ("Tomas Vendrel", "leader_of", "Vesk Front") in found


def test_a_letter_s_signature_at_a_state_s_embassy_makes_the_signer_a_member_of_the_state():
    found, actors = ties(_LETTER)
    assert ("Tomas Vendrel", "member_of", "Karvel") in found and "Embassy" not in actors


@pytest.mark.parametrize("text,tokens", [
    ("flown in by Merrin Air Freight.(16) Later", ["Freight", ".", "(", "16", ")"]),
    ("armed by the Vesk Front.[7] Later", ["Front", ".", "[", "7", "]"]),
    ("led by the Harbour Party.12 The Panel", ["Party", ".", "12"]),
])
def test_a_footnote_s_number_glued_to_a_full_stop_is_split_from_the_name(text, tokens):
    words = [t.text for t in load_nlp()(text)]
    assert any(words[i:i + len(tokens)] == tokens for i in range(len(words))), words
    assert [t.text for t in load_nlp()("growth of 1.5 percent in the U.S. economy")][2] == "1.5"


@pytest.mark.parametrize("counter", ["3/ ", "12/ ", "4/10 "])
def test_a_thread_s_post_counter_is_no_part_of_the_sentence(counter):
    line = "The Lodmar Front seized the Brenholm bridge on Sunday."
    assert sents("Thread\n\n" + counter + line + "\n") == ["Thread", counter.strip(), line]


@pytest.mark.parametrize("line, verb", [
    ("09:10 - Kestan artillery shells rebel positions around Brenholm", "shells"),
    ("[09:10] Police arrest Ilse Tarnow and four other deputies in the capital", "arrest"),
    ("5/ Thousands march in Harwen to demand his release", "march"),
])
def test_a_post_s_headline_without_a_full_stop_gets_its_verb(line, verb):
    text = "Lodmar Watch\n\n" + line + "\n"
    assert (verb, "VERB") in roots(text), roots(text)


def test_a_heading_with_no_time_stays_a_noun_phrase():
    assert all(pos != "VERB" for _, pos in roots("Timeline\n\nKestan artillery shells\n")), roots(
        "Timeline\n\nKestan artillery shells\n")


def _feed_events(text: str) -> set[tuple[str | None, str, str | None]]:
    from kingmaker.api import extract_documents

    ex = extract_documents([Document(id="t", text=text)])
    names = {a.id: a.name for a in ex.actors}
    return {(names.get(e.source), e.type, names.get(e.target)) for e in ex.events}


def test_a_live_page_s_timed_headlines_are_read_as_acts():
    text = ("Live: Brenholm clashes\n\n"
            "09:10 - Lodmar Liberation Front fighters storm Ostravian border posts\n"
            "Two posts fell at dawn.\n\n"
            "09:45 - Ostravian army shells Lodmar Liberation Front positions near Brenholm\n"
            "Artillery fire continued for two hours.\n")
    found = _feed_events(text)
    assert ("Lodmar Liberation Front", "ASSAULT", "Ostravia") in found, found
    assert any(t == "ASSAULT" and o == "Lodmar Liberation Front" and s and s.startswith("Ostravia")
               for s, t, o in found), found


def test_a_channel_s_bracketed_posts_are_read_as_acts():
    text = ("Harwen Monitor\nchannel \u00b7 12,004 subscribers\n\n"
            "[06:40] \u26a1 URGENT: Ostravian army shells Lodmar Liberation Front positions near Brenholm\n"
            "\U0001f441 3.1K\n\n"
            "[07:15] Parliament Speaker Ilse Tarnow calls an emergency session of the Ostravian Parliament.\n"
            "\U0001f441 5.0K\n")
    from kingmaker.api import extract_documents

    ex = extract_documents([Document(id="t", text=text)])
    names = {a.name for a in ex.actors}
    assert "Ilse Tarnow" in names and not any(n.startswith(("Parliament Speaker", "[")) for n in names), names
    found = _feed_events(text)
    assert any(t == "ASSAULT" and o == "Lodmar Liberation Front" for _, t, o in found), found


def test_a_numbered_thread_s_posts_are_read_as_acts():
    text = ("1/ A thread on the Brenholm fighting. What we know so far.\n\n"
            "2/ Lodmar Liberation Front fighters storm Ostravian border posts\n\n"
            "3/ Ostravian Defence Minister Mirek Dravik vows to retake the town.\n")
    from kingmaker.api import extract_documents

    ex = extract_documents([Document(id="t", text=text)])
    assert not any("/" in a.name for a in ex.actors), [a.name for a in ex.actors]
    found = _feed_events(text)
    assert ("Lodmar Liberation Front", "ASSAULT", "Ostravia") in found, found



# Profiles: a "Name:" field or a line that is only a name, over labelled fields said of that entity.
DOSSIER = ("Opposition profiles, updated May\n\n"
           "Name: Tallow Civic Front\n"
           "Type: Opposition coalition\n"
           "Leader: Dr. Mira Tesh (coordinator)\n"
           "Members: Green Labour Party; Lusk Farmers' Union\n"
           "Allies: Velo Movement\n"
           "Seats: 14 of 120\n"
           "Notes: Boycotted the budget vote in parliament.\n")
GROUP_SHEET = ("ARMED GROUPS - REFERENCE NOTES\n\n"
               "Name: Tarvik Valley Rifles\n"
               "Type: Armed group\n"
               "Leader: Col. (ret.) Dorin Maskel\n"
               "Backers: Harbour Unity Party (funds); Velo Movement\n"
               "Notes: Shelled the port of Drevna in May; denied it later.\n\n"
               "---\n"
               "Name: Dorin Maskel\n"
               "Affiliation: Tarvik Valley Rifles; Harbour Unity Party (politburo member)\n")
STATUS_BOX = ("Name: Tarvik Valley Rifles\n"
              "Leader: Dorin Maskel\n"
              "Status: allied with the Velo Movement since 2021\n"
              "Strength: about 2,000 fighters\n"
              "Notes: hostile to the Harbour Unity Party.\n")
PERSON_BOX = ("Tomas Vendrel\n"
              "Party: Harbour Unity Party\n"
              "Role: Chairman of the Harbour Unity Party since 2019\n"
              "Notes: Rejected the government's budget in April.\n")


@pytest.mark.parametrize("text,expected", [
    (DOSSIER, {("Mira Tesh", "leader_of", "Tallow Civic Front"),
               ("Green Labour Party", "member_of", "Tallow Civic Front"),
               ("Lusk Farmers' Union", "member_of", "Tallow Civic Front"),
               ("Tallow Civic Front", "allied_with", "Velo Movement")}),
    (GROUP_SHEET, {("Dorin Maskel", "leader_of", "Tarvik Valley Rifles"),
                   ("Harbour Unity Party", "backs", "Tarvik Valley Rifles"),
                   ("Velo Movement", "backs", "Tarvik Valley Rifles"),
                   ("Dorin Maskel", "member_of", "Harbour Unity Party")}),
    (PERSON_BOX, {("Tomas Vendrel", "leader_of", "Harbour Unity Party")}),
    (STATUS_BOX, {("Tarvik Valley Rifles", "allied_with", "Velo Movement"),
                  ("Tarvik Valley Rifles", "opposes", "Harbour Unity Party")}),
])
def test_a_profiles_fields_tie_its_entity(text, expected):
    found, actors = ties(text)
    assert expected <= found
    assert not [a for a in actors if ":" in a or a in ("Type", "Affiliation", "Notes")]


def test_a_profiles_subjectless_notes_and_counts_are_the_entitys():
    ex = extract_document(Document(id="t", text=DOSSIER))
    name = {a.id: a.name for a in ex.actors}
    assert ("Tallow Civic Front", "PROTEST") in {(name.get(e.source), e.type) for e in ex.events}
    assert ("Tallow Civic Front", "seats", 14) in {(name.get(f.actor), f.key, f.value) for f in ex.facts}
    ex = extract_document(Document(id="t", text=GROUP_SHEET))
    name = {a.id: a.name for a in ex.actors}
    assert ("Tarvik Valley Rifles", "ASSAULT") in {(name.get(e.source), e.type) for e in ex.events}


def test_no_profile_from_a_transcripts_turns():
    text = ("Tomas Vendrel\n\nQ: Your party lost.\nA: We shelled nothing.\nQ: Rejected the plan?\n")
    from kingmaker.nlp.layout import profiles

    assert profiles(load_nlp()(text)) == []


def test_a_profiles_field_in_lower_case_is_a_sentence_of_its_own():
    parts = sents(STATUS_BOX)
    assert "allied with the Velo Movement since 2021" in parts
    assert "about 2,000 fighters" in parts
    assert "Tarsa vote: ruling party loses majority" in sents("Tarsa vote: ruling party loses majority\nMore soon.")


def test_a_descriptions_coordinated_prepositions_each_name_a_tie():
    text = ("Name: Tallow Civic Front\nLeader: Mira Tesh\n"
            "Notes: Hostile to the Velo Movement and to the Harbour Unity Party. Close to the Dorsk Alliance and to "
            "the Green List.\n")
    assert {("Tallow Civic Front", "opposes", "Velo Movement"), ("Tallow Civic Front", "opposes", "Harbour Unity Party"),
            ("Tallow Civic Front", "allied_with", "Dorsk Alliance"),
            ("Tallow Civic Front", "allied_with", "Green List")} <= ties(text)[0]


@pytest.mark.parametrize("text,acts", [
    ("Name: Tarvik Valley Rifles\nLeader: Dorin Maskel\nRecent activity:\n"
     "- Kidnapped two engineers in May; released them in June.\n- Shelled the port of Drevna in July.\n",
     {("Tarvik Valley Rifles", "ASSAULT")}),
    ("Harbour Unity Party\n- Boycotted the budget vote in May.\n- Rejected the ceasefire plan of the Velo Movement.\n",
     {("Harbour Unity Party", "PROTEST"), ("Harbour Unity Party", "REJECT")}),
])
def test_a_profiles_items_with_no_subject_are_the_entitys_acts(text, acts):
    ex = extract_document(Document(id="t", text=text))
    name = {a.id: a.name for a in ex.actors}
    assert acts <= {(name.get(e.source), e.type) for e in ex.events}


def test_items_under_a_heading_that_names_no_one_have_no_subject():
    text = "What we know so far\n- Rejected the ceasefire plan of the Velo Movement.\n"
    ex = extract_document(Document(id="t", text=text))
    assert not [e for e in ex.events if e.source is not None]


@pytest.mark.parametrize("kind", ["Opposition coalition", "main opposition party", "Opposition alliance (left)"])
def test_a_profile_typed_as_the_opposition_opposes_the_government(kind):
    text = ("KARVEL: PARTY PROFILES\n\nThe government of Karvel is led by Prime Minister Tomas Vendrel.\n\n"
            f"Name: Tallow Civic Front\nType: {kind}\nLeader: Mira Tesh\n")
    assert ("Tallow Civic Front", "opposes", "Karvel") in ties(text)[0]


# A list of entries: a heading line that names a body (its acronym in brackets), then a paragraph said of it, under
# category headings ("Rebel movements") that name no one.
GROUP_LIST = ("List of armed groups in the Tarsa conflict\n\n"
              "Contents: 1 State forces - 2 Rebel movements - 3 Foreign forces\n\n"
              "State forces\n\n"
              "Tarsan Defence Forces (TDF)\n"
              "The national army of Tarsa. Chief of staff: General Marek Volin (since 2020). About 5,000 TDF troops "
              "are deployed in the west.[1]\n\n"
              "Rebel movements\n\n"
              "Popular Front for the Liberation of Tarsa (PFLT)\n"
              "The largest rebel group. Founded in 2017 by Jean-Marc Tabuni, a former TDF colonel, who remains its "
              "leader. Estimated 2,000-3,000 fighters.\n\n"
              "Drevna Brigade - the PFLT's western command, led by Irena Kossu. Held Drevna in 2022.\n\n"
              "Alliance for Justice and Unity (AJU)\n"
              "A splinter of the PFLT, formed in 2020 by Tomas Varga after a dispute over revenues. About 600 "
              "fighters.\n\n"
              "Foreign forces\n\n"
              "United Nations Mission for the Stabilization of Tarsa (UNMST)\n"
              "A peacekeeping mission established in 2019. About 2,500 peacekeepers, mostly from Kessaria and "
              "Ostravia.\n")


def test_an_entry_lists_heading_names_its_body_and_category_headings_name_no_one():
    ex = extract_document(Document(id="t", text=GROUP_LIST))
    actors = {a.name: (a.kind, set(a.aliases)) for a in ex.actors}
    assert actors["Popular Front for the Liberation of Tarsa"] == ("organization", {"PFLT"})
    assert "AJU" in actors["Alliance for Justice and Unity"][1]
    assert actors["Jean-Marc Tabuni"][0] == "person"
    assert not [a for a in actors if a.split()[0] in ("Rebel", "State", "Foreign")], sorted(actors)


def test_an_entry_s_paragraph_is_said_of_its_heading_s_body():
    found, _ = ties(GROUP_LIST)
    assert {("Marek Volin", "leader_of", "Tarsan Defence Forces"),  # "Chief of staff: General X" in the paragraph
            ("Jean-Marc Tabuni", "leader_of", "Popular Front for the Liberation of Tarsa"),  # "its leader"
            ("Drevna Brigade", "part_of", "Popular Front for the Liberation of Tarsa"),  # "the PFLT's command"
            ("Tomas Varga", "leader_of", "Alliance for Justice and Unity")} <= found, found  # "formed by X"
    assert ("Tarsan Defence Forces", "part_of", "Popular Front for the Liberation of Tarsa") not in found
    ex = extract_document(Document(id="t", text=GROUP_LIST))
    name = {a.id: a.name for a in ex.actors}
    facts = {(name.get(f.actor), f.key, f.value) for f in ex.facts}
    assert ("United Nations Mission for the Stabilization of Tarsa", "troops", 2500) in facts, facts
    assert not [f for f in facts if f[0] in ("Kessaria", "Ostravia")]


def test_a_factbox_s_heading_in_capitals_names_the_body_its_paragraph_is_about():
    text = ("FACTBOX-Who is who in Tarsa\n\n"
            "THE VELO MOUNTAIN FRONT\n\n"
            "An insurgent group active in the east since 2017, led by Omar Tesh. The Front opposes the government.\n\n"
            "THE HARBOUR GUARD\n\n"
            "The presidential guard is commanded by General Ana Morel. It reports to the president.\n")
    found, actors = ties(text)
    assert "Velo Mountain Front" in actors and "VELO MOUNTAIN FRONT" not in actors, actors
    assert {("Omar Tesh", "leader_of", "Velo Mountain Front"), ("Ana Morel", "leader_of", "Harbour Guard")} <= found


def test_a_role_with_no_owner_in_an_entry_s_paragraph_is_a_post_in_the_heading_s_body():
    text = ("Armed groups in the Tarsa conflict\n\nCommunity militias\n\n"
            "Velo Hills Defence Network\n"
            "A network of local self-defence groups. No single leader; the most prominent commander is Omar Tesh. "
            "Its groups attacked the army in 2024.\n\n"
            "Harbour Volunteers (HV)\n"
            "A militia of dock workers founded in 2019. The current leader is Ana Morel.\n")
    found, _ = ties(text)
    assert {("Omar Tesh", "leader_of", "Velo Hills Defence Network"),
            ("Ana Morel", "leader_of", "Harbour Volunteers")} <= found, found


_PROGRAMME = ("Korsiva Freedom Party\nElection Programme 2031 - \"A State for Its Citizens\"\n\n"
              "We have opposed the government of Prime Minister Dan Olvek since its first day. Last year his police "
              "arrested our deputy chair, Ana Pirel, at a march. We call on the Marovian Union to suspend its aid "
              "to the Olvek government. Our chair, Tomas Berak, is the candidate of the Civic Bloc.\n")


def test_a_programme_s_we_is_the_body_its_header_names():
    rels, evs, facts = _read(_PROGRAMME)
    assert ("Korsiva Freedom Party", "opposes", "Dan Olvek") in rels  # "We have opposed the government of PM X"
    assert ("Tomas Berak", "leader_of", "Korsiva Freedom Party") in rels  # "Our chair, X": the issuer's own post
    assert ("Korsiva Freedom Party", "REQUEST", "Marovian Union") in evs  # "We call on X to ..."


def test_a_header_naming_its_issuer_outright_makes_it_the_we():
    text = ("Election Programme 2031\n(English version, published by the Korsiva Freedom Party)\n\n"
            "We have opposed the government of Prime Minister Dan Olvek since its first day. We call on the "
            "Marovian Union to suspend its aid to the Olvek government.\n")
    rels, evs, facts = _read(text)
    assert ("Korsiva Freedom Party", "REQUEST", "Marovian Union") in evs


@pytest.mark.parametrize("text", [
    # an analyst's or a reporter's "we": no header names a body that issues the text
    "ANALYSIS: Why the Korsiva Freedom Party gains\n\nWe asked the Marovian Union about its aid to the Olvek "
    "government of Korsiva, and we call on readers to judge. Its office did not answer our questions.\n",
    # a body's name alone on a line, but no kind of issued document in the header: a story's tag line
    "Korsiva Freedom Party\n\nWe asked the Marovian Union about its aid to the Olvek government of Korsiva, and "
    "we call on readers to judge. Its office did not answer our questions.\n",
])
def test_a_reporter_s_or_an_analyst_s_we_is_no_actor(text):
    rels, evs, facts = _read(text)
    assert not [e for e in evs if e[0] is not None and e[1] == "REQUEST"]


_DECISION = ("REGIONAL SECURITY COUNCIL OF THE TARVEN COMMUNITY\nDecision on the situation in Korsiva\n\n"
             "The Regional Security Council,\n\n"
             "Recalling its earlier decisions on the situation in Korsiva,\n\n"
             "Deeply concerned by the attack on the town of Velo by the Ostrel Liberation Army,\n\n"
             "1. Strongly condemns the Ostrel Liberation Army for the attack on Velo;\n\n"
             "2. Urges the Government of Marovia to stop the flow of weapons across its border;\n\n"
             "3. Welcomes the decision of the Government of Dravania to send 500 troops to the region, and calls on the Ostrel "
             "Liberation Army to join the talks;\n\n"
             "4. Decides to remain seized of the matter.\n\n"
             "STATEMENTS AFTER THE VOTE\n\n"
             "The envoy of Marovia thanked the Council. Rejects the claims, his office wrote later.\n")


def test_a_decision_s_operative_paragraphs_are_the_issuing_body_s_acts():
    rels, evs, facts = _read(_DECISION)
    council = "Regional Security Council"
    assert (council, "ACCUSE", "Ostrel Liberation Army") in evs  # "1. Strongly condemns X"
    assert (council, "REQUEST", "Marovia") in evs  # "2. Urges the Government of Y to ..."
    assert any(e[:2] == (council, "SUPPORT") and "Dravania" in (e[2] or "") for e in evs)  # "3. Welcomes ..."
    assert (council, "REQUEST", "Ostrel Liberation Army") in evs  # "..., and calls on X to ..."
    # the statements after the paragraphs are no longer the Council's
    assert not [e for e in evs if e[0] == council and e[1] == "REJECT"]


def test_operative_paragraphs_need_the_issuer_s_line_and_stop_at_other_prose():
    from kingmaker.nlp.components import referents
    from kingmaker.nlp.layout import operative

    nlp = load_nlp()
    found = operative(referents(nlp(_DECISION)))
    assert found is not None
    doc = nlp(_DECISION)
    found = operative(referents(doc))
    starts = {doc[i].sent.text.split()[0] for i in found.starts}
    assert {"Strongly", "Urges", "Welcomes", "Decides"} <= starts and not {"Recalling", "The", "Rejects"} & starts
    plain = nlp("1. Strongly condemns the attack on Velo;\n\n2. Urges Marovia to stop the flow of weapons.\n")
    assert operative(referents(plain)) is None  # no issuing body named above: no subject is guessed


def test_an_issuing_body_s_name_in_capitals_over_its_document_is_an_actor_and_the_we():
    text = ("MOVEMENT FOR A NEW KORSIVA\nElection Programme 2031 (published by the Movement)\n\n"
            "We have opposed the government of Prime Minister Dan Olvek since its first day. Our chair, Tomas "
            "Berak, is the candidate of the Civic Bloc. We call on the Marovian Union to suspend its aid.\n")
    rels, evs, facts = _read(text)
    movement = next(a for r in rels for a in (r[0], r[2]) if a.lower() == "movement for a new korsiva")
    assert ("Tomas Berak", "leader_of", movement) in rels
    assert (movement, "REQUEST", "Marovian Union") in evs


def test_a_headline_in_capitals_is_no_issuing_body():
    text = ("PARTY OF THE NEW KORSIVA SPLITS\n\nThe Korsiva Freedom Party met in Velo on Monday and elected "
            "Tomas Berak as its chair. We asked the Marovian Union for comment.\n")
    ex = extract_document(Document(id="t", text=text))
    assert not [a for a in ex.actors if a.name.lower().startswith("party of the new")]


def test_a_government_paper_under_a_state_office_s_heading_speaks_for_the_state():
    text = ("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF KORSIVA\n"
            "Steering note for the Minister - meeting with the Foreign Minister of Marovia\n\n"
            "The Marovian government accuses us of sheltering the Ostrel Liberation Army, which fights in Marovia. "
            "We ask Marovia to allow our consul access to the three citizens held there.\n")
    rels, evs, facts = _read(text)
    assert ("Marovia", "ACCUSE", "Korsiva") in evs  # "accuses us of ..."
    assert ("Korsiva", "REQUEST", "Marovia") in evs  # "We ask Marovia to ..."


def test_a_state_office_line_is_only_the_state_and_office_words():
    from kingmaker.nlp.components import referents
    from kingmaker.nlp.layout import _state_office

    doc = load_nlp()("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF KORSIVA\nKorsiva votes against the Marovian plan\n")
    resolver = referents(doc)
    lines = [s for s in doc.sents]
    assert resolver.kind(_state_office(resolver, lines[0])) == "country"
    assert _state_office(resolver, lines[1]) is None


_LINEUP = ("Velmont reshuffles cabinet\n\nVELMONT CITY, May 2 - Velmont's Prime Minister Arno Teske named four new "
           "ministers on Monday, the biggest change to the Velmont government in two years.\n\nThe new line-up:\n"
           "- Finance: Tomas Rydel, who replaces a veteran of the Harbour Party.\n"
           "- Foreign Affairs: Elena Marsk, a lawyer.\n"
           "- Defence: Maro Kell, a former general.\n")


def test_a_cabinet_line_up_makes_each_portfolio_holder_a_member_of_the_state():
    got, _ = ties(_LINEUP)
    for person in ("Tomas Rydel", "Elena Marsk", "Maro Kell"):
        assert (person, "member_of", "Velmont") in got, got


def test_a_lone_field_label_is_no_cabinet_post():
    text = ("Velmont votes\n\nVELMONT CITY, May 2 - Velmont's Prime Minister Arno Teske called an election on "
            "Monday in Velmont.\n\nEnergy: Tomas Rydel, a lawyer, says the grid will hold.\n")
    got, _ = ties(text)
    assert ("Tomas Rydel", "member_of", "Velmont") not in got, got


# A text in capitals (a ticker, a telex, a shouted post): the tagger sees no name in capitals, so such lines are
# read in the case of prose first (pipeline.recase_capitals), the text's length kept.
_WORDS = frozenset("the of a an and by in on to from say said shell attack army post near rebel force security base "
                   "front party union leader meet met president general commander talk capital".split())  # lemmas
_NOUNS = frozenset({"dana"})


@pytest.mark.parametrize("line,recased", [
    ("PRESIDENT ALDO VENTRI OF MORVANIA SAID THE NORTHERN FRONT ATTACKED ARMY POSTS NEAR KASTEL",
     "President Aldo Ventri of Morvania said the Northern Front attacked army posts near Kastel"),
    ("REBEL FORCES SHELLED THE SECURITY FORCES' BASE IN KENYA ON MONDAY",
     "Rebel forces shelled the security forces' base in Kenya on Monday"),
    ("THE US AND NATO SAID THE RSF ATTACKED IRAN'S ARMY", "The US and NATO said the RSF attacked Iran's army"),
    ("DANA KORR OF THE CIVIC UNION MET GENERAL OSMAN IN THE CAPITAL",
     "Dana Korr of the Civic Union met General Osman in the capital"),
])
def test_a_line_in_capitals_reads_in_the_case_of_prose(line, recased):
    from kingmaker.nlp.pipeline import recase_capitals

    text = "INTRO LINE.\n\n" + line + "\nMORE.\n"
    out = recase_capitals(text, _WORDS, _NOUNS)
    assert out == "Intro Line.\n\n" + recased + "\nMore.\n"
    assert len(out) == len(text)


@pytest.mark.parametrize("text", [
    "The Northern Front attacked army posts near Kastel, said President Aldo Ventri.\n",  # prose
    "THE OSTRAVIAN VOTERS - n/a\nThe vote was close.\n",  # a short heading in a text of prose
    "KAVELO, March 3 - The envoy arrived on Monday.\n",  # a dateline
    # a title in capitals over a text of prose: left to the layout's readers of headings
    "MINISTRY OF DEFENCE OF THE REPUBLIC OF KASTELIA\n\nThe ministry said on Monday that the Northern "
    "Front had attacked army posts near the border, and it called on the rebels to withdraw at once.\n",
])
def test_prose_and_short_headings_are_left_as_written(text):
    from kingmaker.nlp.pipeline import recase_capitals

    assert recase_capitals(text, _WORDS, _NOUNS) == text


def test_a_text_in_capitals_has_its_short_lines_recased_too():
    from kingmaker.nlp.pipeline import recase_capitals

    text = ("RESULTS ANNOUNCED ON MONDAY BY THE COMMISSION IN KASTEL AFTER A LONG COUNT\n- FREEDOM BLOC: 31 SEATS\n"
            "- ORVAN PARTY: 12 SEATS\n")
    out = recase_capitals(text, _WORDS | {"results", "announced", "commission", "long", "count", "seats", "freedom",
                                          "after", "announce", "result"}, _NOUNS)
    assert out.splitlines()[1:] == ["- Freedom Bloc: 31 seats", "- Orvan Party: 12 seats"]


def _extracted(text: str):
    ex = extract_document(Document(id="d", text=text), load_nlp())
    name = {a.id: a.name for a in ex.actors}
    return ({a.name for a in ex.actors}, {(name[r.source], r.type, name[r.target]) for r in ex.relations},
            {(name.get(e.source), e.type, name.get(e.target)) for e in ex.events},
            {(name[f.actor], f.key, f.value) for f in ex.facts})


@pytest.mark.model
def test_a_ticker_in_capitals_gives_the_actors_ties_events_and_seats_of_its_prose():
    ticker = ("BREAKING: PRESIDENT ALDO VENTRI OF MORVANIA ACCUSES THE NORTHERN FRONT OF ATTACKING ARMY POSTS\n"
              "THE NORTHERN FRONT, LED BY COMMANDER RAFI OSMAN, DENIES THE CHARGE\n"
              "THE UNITY PARTY, WHICH WON 42 SEATS IN THE 120-SEAT NATIONAL ASSEMBLY, BACKS THE PRESIDENT\n")
    actors, ties, events, facts = _extracted(ticker)
    assert {"Aldo Ventri", "Rafi Osman", "Northern Front", "Unity Party"} <= actors, actors
    assert ("Rafi Osman", "leader_of", "Northern Front") in ties, ties
    assert ("Unity Party", "seats", 42) in facts, facts
    assert not any("Attacking" in a or "Seat " in a for a in actors), actors


@pytest.mark.model
def test_evidence_of_a_recased_line_is_the_text_as_written():
    text = "GENERAL TAMO VESK OF THE KARVEL BRIGADE SAID HIS FIGHTERS SHELLED THE ORVAN PARTY OFFICES IN MORVANIA\n"
    ex = extract_document(Document(id="d", text=text), load_nlp())
    items = [*ex.relations, *ex.events]
    assert items and all(x.evidence.text == text.strip() for x in items), items
    assert "Tamo Vesk" in {a.name for a in ex.actors}, ex.actors  # the name in the case of prose


def test_recase_count_headlines():
    """A title-case headline telling a count: the verb before the count and the noun after it in the case of prose
    (the tagger otherwise joins the verb to the name before it); prose, a line with a full stop and other capitalised
    words are left as written, the length kept."""
    from kingmaker.nlp.pipeline import recase_count_headlines

    head = "Union of Meadows Wins 52 of 150 Seats in Chamber of Delegates\n\nThe count ended."
    assert recase_count_headlines(head) == \
        "Union of Meadows wins 52 of 150 seats in Chamber of Delegates\n\nThe count ended."
    assert recase_count_headlines("Brazil Sends 2,000 Troops to Border") == "Brazil sends 2,000 troops to Border"
    for text in ("The Union of Meadows Holds 40 Seats, Says Its Leader.", "Talks Resume After 3 Days of Delay",
                 "The Union of Meadows won 52 of the 150 seats.", "Resolution 1701 Report To The Council"):
        assert recase_count_headlines(text) == text
