"""Extraction components on small sentences written for these tests (real English pipeline)."""
from __future__ import annotations

import pytest

from kingmaker.api import extract_document, extract_documents
from kingmaker.model import Document

pytestmark = pytest.mark.model


def run(text: str, doc_id: str = "t"):
    ex = extract_documents([Document(id=doc_id, text=text)])
    names = {a.id: a for a in ex.actors}
    rels = {(names[r.source].name, r.type, names[r.target].name) for r in ex.relations}
    facts = {(names[f.actor].name, f.key, f.value) for f in ex.facts}
    return ex, names, rels, facts


def actor(ex, name):
    hits = [a for a in ex.actors if a.name == name or name in a.aliases]
    assert hits, f"{name!r} not among {[a.name for a in ex.actors]}"
    return hits[0]


def test_titles_are_stripped_and_surnames_join_full_names():
    ex, *_ = run("Brig. Gen. Karim Haddad met reporters on Monday. Haddad said the talks went well.")
    a = actor(ex, "Karim Haddad")
    assert a.kind == "person"
    assert "Haddad" in a.aliases
    assert not any(x.name.startswith(("Brig", "Gen")) for x in ex.actors)


def test_capitals_and_demonyms_are_the_state():
    ex, *_ = run("Tehran rejected the plan. Iranian officials said the deal was dead. Iran will respond.")
    iran = [a for a in ex.actors if a.kind == "country"]
    assert len(iran) == 1 and iran[0].name == "Iran"
    assert {"Tehran", "Iranian officials"} <= set(iran[0].aliases)


def test_acronym_defined_in_parentheses_is_one_actor():
    ex, *_ = run("The Popular Front for Renewal (PFR) won the vote. Leaders of the PFR celebrated.")
    orgs = [a for a in ex.actors if a.kind == "organization"]
    assert len(orgs) == 1
    assert orgs[0].name == "Popular Front for Renewal" and "PFR" in orgs[0].aliases


def test_apposition_role_gives_leader_of():
    _, _, rels, _ = run("Hassan Darwish, the head of the Free Homeland Movement, spoke in Beirut.")
    assert ("Hassan Darwish", "leader_of", "Free Homeland Movement") in rels


def test_hyphenated_backing_and_wing_of():
    _, _, rels, _ = run("The Syrian-backed Liberation Brigades attacked the town. The Liberation Brigades, "
                        "the armed wing of the Unity Party, denied it.")
    assert ("Syria", "backs", "Liberation Brigades") in rels
    assert ("Liberation Brigades", "part_of", "Unity Party") in rels


def test_title_before_name_with_demonym():
    _, _, rels, _ = run("Egyptian President Omar Nasser met the envoy.")
    assert ("Omar Nasser", "leader_of", "Egypt") in rels


def test_negated_stance_is_not_a_tie():
    _, _, rels, _ = run("The Renewal Party does not support the Unity Party.")
    assert not any(t == "backs" for _, t, _ in rels)


def test_seats_with_number_words_and_legislature_size():
    _, _, _, facts = run("The Unity Party won forty-one seats in the 128-member parliament of Lebanon.")
    assert ("Unity Party", "seats", 41) in facts
    assert ("Lebanon", "seats", 128) in facts


def test_troops_attach_to_the_state_military():
    _, names, _, facts = run("The remaining 3,000 French troops will leave Mali next year.")
    assert any(k == "troops" and v == 3000 and "France" in n or "French" in n for n, k, v in facts)


def test_institution_nouns_become_institutions():
    ex, *_ = run("Iraqi lawmakers voted on Sunday. US forces stayed in their bases.")
    names = {a.name for a in ex.actors}
    assert any("parliament" in n for n in names)
    assert any("military" in n for n in names)


def test_evidence_offsets_point_into_the_text():
    text = "Intro line.\n\nHassan Darwish, the head of the Free Homeland Movement, spoke in Beirut."
    ex, *_ = run(text)
    assert ex.relations
    for r in ex.relations:
        assert text[r.evidence.start:r.evidence.end] == r.evidence.text
        assert "Darwish" in r.evidence.text


def test_headline_lines_do_not_merge_into_the_first_sentence():
    text = "Minister resigns over scandal\n\nBEIRUT, May 2, 2023 - Lebanon's finance minister resigned."
    ex = extract_document(Document(id="h", text=text))
    assert ex.document.id == "h"
    # the pipeline keeps the headline as its own sentence
    from kingmaker.api import load_nlp

    doc = load_nlp()(text)
    assert next(doc.sents).text.strip() == "Minister resigns over scandal"


def test_cross_document_resolution_joins_surname_to_full_name():
    d1 = Document(id="d1", text="Hassan Darwish, the head of the Free Homeland Movement, spoke on Monday.")
    d2 = Document(id="d2", text="Darwish later met the Egyptian ambassador in Cairo.")
    ex = extract_documents([d1, d2])
    darwish = actor(ex, "Hassan Darwish")
    assert darwish.documents == ["d1", "d2"]


def test_user_dictionary_merges_names(tmp_path):
    dic = tmp_path / "d.yaml"
    dic.write_text("- name: Free Homeland Movement\n  kind: organization\n  aliases: [the Homeland bloc, FHM]\n")
    d1 = Document(id="d1", text="The FHM won the vote. Leaders of the Free Homeland Movement celebrated.")
    ex = extract_documents([d1], dictionary=dic)
    fhm = [a for a in ex.actors if a.name == "Free Homeland Movement"]
    assert len(fhm) == 1 and fhm[0].kind == "organization"


def test_output_is_deterministic():
    d = [Document(id="d1", text="Hassan Darwish, the head of the Free Homeland Movement, met Iranian officials.")]
    assert extract_documents(d).to_dict() == extract_documents(d).to_dict()


@pytest.mark.parametrize("text,tie", [
    ("The Unity Bloc, led by Omar Haddad, won the vote.", ("Omar Haddad", "leader_of", "Unity Bloc")),
    ("The delegation came from the National Alliance (dominated by the Renewal Party and the Justice Front).",
     ("Renewal Party", "member_of", "National Alliance")),
    ("Karim Saleh has said he would never support a government led by Omar Haddad.",
     ("Karim Saleh", "opposes", "Omar Haddad")),
    ("France has strongly supported the Unity Party, and so have Spain and Italy.", ("Italy", "backs", "Unity Party")),
    ("Karim Saleh, a commander of the Liberation Brigades, was arrested.",
     ("Karim Saleh", "member_of", "Liberation Brigades")),
    ("The Free Homeland Movement held a rally. Hassan Darwish, the leader of the movement, spoke.",
     ("Hassan Darwish", "leader_of", "Free Homeland Movement")),
    ("The Turkish-led coalition struck the town.", ("Turkey", "leader_of", "Turkish-led coalition")),
    ("Nabil Aoun is a fierce opponent of the Renewal Party.", ("Nabil Aoun", "opposes", "Renewal Party")),
    ("The Karama alliance of cleric Nabil Aoun won the most seats.", ("Nabil Aoun", "leader_of", "Karama alliance")),
])
def test_tie_patterns(text, tie):
    _, _, rels, _ = run(text)
    assert tie in rels, rels


def test_organisation_name_variants_resolve_to_one_actor():
    ex, *_ = run("Jaysh al-Tahrir fighters attacked the base. The Tahrir Army later denied it.")
    orgs = [a for a in ex.actors if a.kind == "organization"]
    assert len(orgs) == 1, [a.name for a in orgs]


def test_seats_of_a_person_go_to_the_party_they_lead():
    _, _, _, facts = run("Omar Haddad, the leader of the Unity Party, whose bloc holds 13 seats, spoke.")
    assert not any(n == "Omar Haddad" for n, _, _ in facts)


def test_workers_give_the_same_result_in_the_same_order():
    from kingmaker.api import iter_doc_extractions, load_nlp

    docs = [Document(id=f"d{i}", text=t) for i, t in enumerate([
        "Hassan Darwish, the head of the Free Homeland Movement, met Iranian officials.",
        "The Unity Party won forty-one seats in the 128-member parliament.",
        "Egyptian President Omar Nasser met the envoy in Cairo.",
    ])]
    one = [r.document.id for r in iter_doc_extractions(docs, load_nlp(), workers=1)]
    two = list(iter_doc_extractions(docs, load_nlp(), workers=2))
    assert [r.document.id for r in two] == one
    assert extract_documents(docs, workers=2).to_dict() == extract_documents(docs).to_dict()


def test_a_failing_document_is_reported_and_the_rest_extracted(monkeypatch):
    import kingmaker.nlp.to_model as tm

    real = tm.doc_to_extraction

    def flaky(document, doc):
        if document.id == "bad":
            raise ValueError("boom")
        return real(document, doc)

    monkeypatch.setattr(tm, "doc_to_extraction", flaky)
    failed = []
    docs = [Document(id="ok1", text="Iran met Iraq."), Document(id="bad", text="x"),
            Document(id="ok2", text="Syria met Egypt.")]
    from kingmaker.api import iter_doc_extractions

    got = [r.document.id for r in iter_doc_extractions(docs, on_error=lambda d, e: failed.append(d.id))]
    assert got == ["ok1", "ok2"] and failed == ["bad"]


def test_an_extracted_doc_is_released(monkeypatch):
    """The tokens and spans the rules keep on a Doc point back at it: once its extraction is read, the Doc's
    tables are dropped (``nlp.release``), so it is not left as a large cycle for the cycle collector's passes."""
    import kingmaker.nlp.to_model as tm
    from kingmaker.api import iter_doc_extractions, load_nlp

    real, seen = tm.doc_to_extraction, []

    def watched(document, doc, **kwargs):
        found = real(document, doc, **kwargs)
        seen.append((doc, bool(doc.user_data)))
        return found

    monkeypatch.setattr(tm, "doc_to_extraction", watched)
    docs = [Document(id="a", text="The Tarvel Front, led by Marek Dorn, attacked Kessa. Dorn said it would go on."),
            Document(id="b", text="Velnia's president, Ivo Rask, met the Kessa Unity Party.")]
    got = list(iter_doc_extractions(docs, load_nlp()))
    assert [r.document.id for r in got] == ["a", "b"] and got[0].actors and got[1].actors
    assert [kept for _, kept in seen] == [True, True]  # (read while the extraction was made)
    assert all(not doc.user_data for doc, _ in seen)


def test_seats_out_of_a_chamber_and_after_a_fall():
    _, _, _, facts = run("In Lebanon, the Unity Party and its allies won 70 of the 128 seats. The Renewal Party lost a third "
                         "of its bloc, falling to 21 seats.")
    assert ("Unity Party", "seats", 70) in facts
    assert ("Renewal Party", "seats", 21) in facts
    assert ("Lebanon", "seats", 128) in facts


def test_a_definite_description_refers_back_to_the_named_group():
    _, _, rels, _ = run("Hezbollah held a rally in Beirut. The Shiite movement, led by Secretary-General "
                        "Hassan Darwish, won the vote.")
    assert ("Hassan Darwish", "leader_of", "Hezbollah") in rels


def _events(ex, names):
    return {(names[e.source].name if e.source in names else None, e.type,
             names[e.target].name if e.target in names else None) for e in ex.events}


def test_the_mission_and_the_militia_refer_back_to_the_body_of_that_kind():
    ex, names, *_ = run("The Coastal Union Stabilisation Mission has 4,000 troops in Drevania. The Red Hand militia "
                        "shelled a town, and the Blue Dawn Party condemned the shelling. On Monday the mission "
                        "accused the militia of attacking its base.")
    # "the militia" is the armed group, not the party named closer
    assert ("Coastal Union Stabilisation Mission", "ACCUSE", "Red Hand militia") in _events(ex, names)


def test_the_president_in_lower_case_is_the_one_person_titled_president():
    ex, names, *_ = run("Drevania's President Ilan Marsk on Monday accused the Red Hand militia of attacking towns "
                        "in Drevania. The president also met Tovan Greel, the leader of the Blue Dawn Party.")
    assert ("Ilan Marsk", "CONSULT", "Tovan Greel") in _events(ex, names)


def test_government_troops_are_the_articles_state():
    ex, names, *_ = run("Drevania's President Ilan Marsk on Monday accused the Red Hand militia of attacking towns "
                        "in Drevania. Government troops attacked the Red Hand militia in the north of Drevania.")
    assert ("Drevania", "ASSAULT", "Red Hand militia") in _events(ex, names)


def test_their_after_its_fighters_is_the_group_not_the_closest_name():
    ex, names, *_ = run("The Red Hand militia rejected the Blue Dawn Party's demands. Its fighters attacked the "
                        "Blue Dawn Party's offices on Monday. Their leaders also threatened the party.")
    assert ("Red Hand militia", "THREATEN", "Blue Dawn Party") in _events(ex, names)


def test_a_warning_about_a_refusal_is_still_a_warning():
    ex, names, *_ = run("Hassan Darwish warned that the Unity Party would not allow a new cabinet.")
    threats = [e for e in ex.events if e.type == "THREATEN"]
    assert threats and not threats[0].negated


def test_known_organisations_and_their_acronyms():
    ex, *_ = run("Fighters of the Islamic State attacked the town. ISIS later claimed the attack.")
    orgs = [a for a in ex.actors if a.kind == "organization"]
    assert [a.name for a in orgs] == ["Islamic State"] and "ISIS" in orgs[0].aliases


@pytest.mark.parametrize("text,tie", [
    ("Karim Saleh, who heads the Liberation Brigades, spoke on Monday.", ("Karim Saleh", "leader_of", "Liberation Brigades")),
    ("Karim Saleh has close ties to Iran.", ("Karim Saleh", "allied_with", "Iran")),
])
def test_relative_clauses_and_ties(text, tie):
    _, _, rels, _ = run(text)
    assert tie in rels, rels


def test_places_weapons_and_occasions_named_before_a_noun_are_not_actors():
    ex, *_ = run("Katyusha rockets hit the Ain al-Asad air base in Anbar province during the Ashura "
                 "commemorations, and Germany moved their troops to Kuwait.")
    names = {a.name for a in ex.actors}
    assert not names & {"Katyusha", "Ain al-Asad", "Anbar", "Ashura"}, names
    assert {"Germany", "Kuwait"} <= names


def test_bare_lawmakers_refer_back_to_the_parliament_named_before():
    ex, names, *_ = run("Iraqi lawmakers travelled to Tehran on Monday. On Tuesday lawmakers asked "
                        "Hassan Darwish to stand down.")
    requests = [e for e in ex.events if e.type == "REQUEST"]
    assert requests and names[requests[0].source].name == "Iraq parliament"


def test_events_skip_reporting_produce_senses_and_hyphen_patrons():
    ex, names, *_ = run("The talks yielded results. Hassan Darwish told Reuters the plan was dead. "
                        "Karim Saleh asked Iran-aligned groups to stand down.")
    got = {(names[e.source].name if e.source else None, e.type, names[e.target].name if e.target else None)
           for e in ex.events}
    assert not any(t == "CONCEDE" for _, t, _ in got), got
    assert not any("Reuters" in (s or "", o or "") for s, _, o in got), got
    assert not any(o == "Iran" for _, _, o in got), got


def test_shouted_headlines_and_state_forces():
    ex, *_ = run("RIVAL BLOCS CLASH\n\nThe Lebanese Armed Forces deployed 3,000 soldiers along the border.")
    names = {a.name for a in ex.actors}
    assert "RIVAL BLOCS CLASH" not in names
    mil = [a for a in ex.actors if a.subkind == "military"]
    assert len(mil) == 1 and "Lebanese Armed Forces" in mil[0].aliases


@pytest.mark.parametrize("text,tie", [
    ("Karim Saleh was elected head of the Unity Party in 2019.", ("Karim Saleh", "leader_of", "Unity Party")),
    ("Karim Saleh serves as a commander in the Liberation Brigades.", ("Karim Saleh", "member_of", "Liberation Brigades")),
])
def test_roles_given_by_verbs(text, tie):
    _, _, rels, _ = run(text)
    assert tie in rels, rels


def test_hypothetical_roles_are_not_ties():
    _, _, rels, _ = run("Under the deal, Karim Saleh would become president of Lebanon.")
    assert not any(t == "leader_of" for _, t, _ in rels), rels


def test_the_accused_is_the_target_of_an_accusation():
    ex, names, *_ = run("Karim Saleh accused the Unity Party of sheltering fighters.")
    acc = [e for e in ex.events if e.type == "ACCUSE"]
    assert acc and names[acc[0].target].name == "Unity Party"


def test_long_texts_are_parsed_in_chunks_with_the_same_offsets(monkeypatch):
    import kingmaker.nlp.pipeline as pipeline

    paragraphs = [
        "Hassan Darwish, the head of the Free Homeland Movement, met Iranian officials in Tehran.",
        "The Unity Party won forty-one seats in the 128-member parliament of Lebanon.",
        "Karim Saleh accused the Unity Party of sheltering fighters.",
    ] * 4
    text = "\n\n".join(paragraphs)
    whole = extract_document(Document(id="long", text=text))
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 300)
    assert len(pipeline._chunks(text, 300)) > 1
    chunked = extract_document(Document(id="long", text=text))
    for item in [*chunked.relations, *chunked.events, *chunked.facts]:
        assert text[item.evidence.start:item.evidence.end] == item.evidence.text
    assert {(a.name, a.kind) for a in chunked.actors} == {(a.name, a.kind) for a in whole.actors}
    assert len(chunked.relations) == len(whole.relations)


@pytest.mark.parametrize("text,tie", [
    ("The U.S.-led coalition struck targets in Syria.", ("United States", "leader_of", "U.S.-led coalition")),
    ("Tehran-backed Houthi rebels fired drones at Saudi Arabia.", ("Iran", "backs", "Houthis")),
    ("The Saudi-backed government of Yemen welcomed the truce.", ("Saudi Arabia", "backs", "Yemen")),
    ("Lebanon's parliament speaker Nabih Aoun met the envoy.", ("Nabih Aoun", "member_of", "Lebanon")),
])
def test_common_news_phrasings(text, tie):
    _, _, rels, _ = run(text)
    assert tie in rels, rels


def test_states_named_only_as_places_are_not_actors():
    ex, *_ = run("The Liberation Brigades work with armed groups from Lebanon to Yemen. Iran backs the Liberation Brigades.")
    names = {a.name for a in ex.actors}
    assert "Iran" in names and not names & {"Lebanon", "Yemen"}, names


@pytest.mark.parametrize("text, state", [
    ("Private backers in Qatar pay the Brackfen Legion, officials say.", "Qatar"),
    ("A rocket struck a radar site in Jordan on Tuesday, the Brackfen Legion said.", "Jordan"),
    ("Under pressure from Washington, the Brackfen Legion released the engineers.", "United States"),
    ("The Brackfen Legion sells the ore, which is later shipped to Kenya.", "Kenya"),
])
def test_a_state_named_as_a_place_by_its_own_name_stays_an_actor(text, state):
    # the story puts the state on the map by its name, or as the source or goal of a thing (its capital "from")
    ex, *_ = run(text)
    assert state in {a.name for a in ex.actors}, [a.name for a in ex.actors]


@pytest.mark.parametrize("text, state", [
    ("A commercial tribunal sitting in Paris found that the Brackfen Legion owed the bank nothing.", "France"),
    ("The Brackfen Legion's truce was signed in Vienna in May.", "Austria"),
    ("The Brackfen Legion is known as the LSS, by its initials in Spanish.", "Spain"),
])
def test_a_state_met_only_as_a_city_of_rest_or_a_language_is_no_actor(text, state):
    ex, *_ = run(text)
    assert state not in {a.name for a in ex.actors}, [a.name for a in ex.actors]



@pytest.mark.parametrize("state, ministry", [("Morvesh", "The Morveshite defence ministry"),
                                             ("Taskar", "The Taskarite defence ministry"),
                                             ("Taskar", "The Taskarite interior ministry")])
def test_a_ministry_named_by_a_state_adjective_is_that_states(state, ministry):
    # "the Taskarite defence ministry" names Taskar by an adjective the knowledge base does not know: not a bare
    # "defence ministry" of the story's own state (Varnia), but Taskar's
    _, _, _, facts = run(f"Varnia says {state} keeps troops on its islets. Varnia's parliament protested, and Varnia's "
                         f"army is on alert. Varnia wants them out; Varnia has asked the UN to help. {state} denies "
                         f"it. {state}'s navy patrols the strait. {ministry}'s own figures put its garrison on the "
                         "islets at about 600 troops.")
    assert not any(n == "Varnia" and k == "troops" for n, k, v in facts), facts
    assert any(n.startswith(state) and k == "troops" for n, k, v in facts), facts  # the state or its forces
