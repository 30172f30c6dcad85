"""Actor spans the NER cuts or joins wrongly, end to end on invented sentences (real English pipeline): a name that
goes on past "and", two names joined by "plus", a heading of names between spaced dashes, a minister's portfolio
taken for a state, a party's short form ("the Beacon"), a council named after a place the NER left untagged."""
from __future__ import annotations

import pytest

from kingmaker.api import extract_documents
from kingmaker.model import Document

pytestmark = pytest.mark.model


def names(text: str) -> dict[str, str]:
    ex = extract_documents([Document(id="d0", text=text)])
    return {a.name: a.kind for a in ex.actors}


@pytest.mark.parametrize("text, name", [
    ("The government asked the Pellna Peace and Mediation Council to send observers to the border.",
     "Pellna Peace and Mediation Council"),
    ("The chair, Tomas Vendrel (Union of Order and Labour), opened the sitting at noon.",
     "Union of Order and Labour"),
    ("Officials said the Karvel Union Peace and Reconciliation Council would meet on Monday.",
     "Karvel Union Peace and Reconciliation Council"),
])
def test_a_name_goes_on_past_and(text, name):
    got = names(text)
    assert name in got, got
    assert not any(n != name and n in name for n in got), got  # (no piece of it as a name of its own)


@pytest.mark.parametrize("text, name", [
    ("The ruling Concord and Labour holds 58 seats. Concord and Labour chairman Ivo Darl spoke.", "Concord and Labour"),
    ("Tomas Vendrel's Law and Order won 12 seats in the vote.", "Law and Order"),
])
def test_two_abstract_nouns_joined_by_and_are_one_name(text, name):
    got = names(text)
    assert got.get(name) == "organization", got
    assert not any(n != name and n in name for n in got), got


@pytest.mark.parametrize("text, name", [
    ("The Green Left has joined us in the Together for Zembla alliance, and I thank them.", "Together for Zembla"),
    ("Leaders of the Hope for Karvel movement met on Monday.", "Hope for Karvel"),
])
def test_a_name_cut_at_for_before_a_lower_case_group_noun_is_one_name(text, name):
    got = names(text)
    assert got.get(name) == "organization", got
    assert not any(n != name and (n in name or name in n) for n in got), got


@pytest.mark.parametrize("text, kept", [
    ("Ivo Drask leads the Greens and the Liberals.", {"Greens", "Liberals"}),
    ("Peace and security returned to the streets of Velno on Monday.", set()),
])
def test_coordinated_names_or_common_nouns_are_no_pair_name(text, kept):
    got = names(text)
    assert kept <= set(got) and not any(" and " in n for n in got), got


def test_two_names_joined_by_plus_are_two_actors():
    got = names("Vendrel's majority is the Karvel Union plus the Pellna Front plus a few independents.")
    assert {"Karvel Union", "Pellna Front"} <= set(got), got
    assert not any("plus" in n for n in got), got


def test_a_heading_of_names_between_spaced_dashes():
    got = names("National Assembly of Ostravia - Select Committee on Trade and Industry\n"
                "Summary record of the public hearing of 12 May 2026 (unofficial translation)\n\n"
                "The Committee heard the Minister of Finance, Tomas Vendrel.")
    assert "National Assembly of Ostravia" in got, got
    assert "Select Committee on Trade and Industry" in got, got


@pytest.mark.parametrize("text", [
    "The Minister of Finance, Tomas Vendrel, told the committee that the budget was sound.",
    "Tomas Vendrel, the Minister of Interior, denied the reports on Monday.",
    "A spokesman for the Ministry of Finance, Joris Halvek, said the budget would pass.",
])
def test_a_ministers_portfolio_is_no_state(text):
    got = names(text)
    assert not any(n in ("Defence", "Interior", "Finance") for n in got), got


def test_a_partys_one_distinctive_word_is_its_short_form():
    got = names("Tomas Vendrel leads the National Beacon Party. The Beacon won 44 of the 110 seats last year.")
    assert "Beacon" not in got, got  # the same party, not a second actor
    assert "National Beacon Party" in got, got


def test_a_word_modifying_a_noun_is_no_short_form():
    ex = extract_documents([Document(id="d0", text="The Pellna Patriotic Movement, which claims to defend the Pellna "
                                                   "people, is armed from abroad.")])
    movement = next(a for a in ex.actors if a.name == "Pellna Patriotic Movement")
    assert "Pellna" not in movement.aliases, movement.aliases  # "the Pellna people" is not the movement


@pytest.mark.parametrize("text, name", [
    ("The Karvel Union has nine seats. Remove Karvel from the list and the bloc collapses.", "Remove Karvel"),
    ("The Pellna Front has nine seats. Drop Pellna from the coalition and the government falls.", "Drop Pellna"),
])
def test_an_imperative_opening_the_sentence_is_no_part_of_a_name(text, name):
    got = names(text)
    assert name not in got, got


def test_a_common_nouns_possessive_opens_a_name_the_ner_left_untagged():
    got = names("THE PARTIES\n\nFarmers' Beacon Party - 14 seats. Led by Tomas Vendrel; rural, conservative.")
    assert "Farmers' Beacon Party" in got, got
    assert "Beacon Party" not in got, got


@pytest.mark.parametrize("text, full, short", [
    ("The Ostravian army said on Monday it was ready. The Ostravia Crescent Call won 24 seats. Vendrel met the "
     "Crescent Call leadership on Friday.", "Ostravia Crescent Call", "Crescent Call"),
    ("Ostravia's president, Tomas Vendrel, spoke on Monday. The Ostravia Renewal Action won 12 seats, and the "
     "Renewal Action candidates were pleased.", "Ostravia Renewal Action", "Renewal Action"),
    ("Ostravia's parliament met on Monday. The Ostravia Crescent Movement won 20 seats; the Crescent Movement "
     "leadership was pleased.", "Ostravia Crescent Movement", "Crescent Movement"),
])
def test_a_name_less_the_state_that_opens_it_is_the_same_body(text, full, short):
    ex = extract_documents([Document(id="d0", text=text)])
    body = next(a for a in ex.actors if a.name == full)
    assert short in body.aliases, [(a.name, a.aliases) for a in ex.actors]
    assert short not in {a.name for a in ex.actors}


@pytest.mark.parametrize("text", [
    "The Dorsk Battalions, a militia led by Tomas Vendrel (his fighters call him Abu Karim), seized the post.",
    "The militia is led by Tomas Vendrel; his men call him Abu Karim. Abu Karim denied it.",
    "Tomas Vendrel, whom everyone calls Abu Karim, denied it.",
])
def test_an_unquoted_epithet_a_person_is_called_is_his_second_name(text):
    ex = extract_documents([Document(id="d0", text=text)])
    person = next(a for a in ex.actors if a.name == "Tomas Vendrel")
    assert "Abu Karim" in person.aliases, [(a.name, a.aliases) for a in ex.actors]


@pytest.mark.parametrize("text", [
    "Pellna Front - 24 seats. Islamist party led by Tomas Vendrel, a preacher.",
    "Tomas Vendrel founded an Islamist party in 2019.",
])
def test_an_adjective_and_a_group_noun_describing_a_body_is_no_name(text):
    assert "Islamist party" not in names(text)


def test_a_group_named_by_its_adjective_after_a_determiner_is_a_body():
    assert "Haddadist movement" in names("His Haddadist movement said on Monday it would boycott the vote.")


@pytest.mark.parametrize("text, name", [
    ("The Karvel Union won 38 of the 95 seats in the Chamber of the Nation in March.", "Chamber of the Nation"),
    ("The Pellna Front won 30 of the 90 seats in the House of the Nation.", "House of the Nation"),
    ("Tomas Vendrel was elected speaker of the Chamber of the Nation on Monday.", "Chamber of the Nation"),
    ("The Karvel Union holds 38 seats in the Congress of the Nation.", "Congress of the Nation"),
])
def test_a_house_of_the_nation_is_not_cut_at_a_papers_name(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text", [
    "The prosecutor read out Warrant No. 9/2024, issued by the Karvel High Court in May. It names Tomas Vendrel.",
    "Public summary of Case No. 311/2025 against Tomas Vendrel.",
])
def test_a_numbered_legal_text_tagged_with_its_no_is_no_actor(text):
    got = names(text)
    assert not any(n.endswith(" No") for n in got), got


@pytest.mark.parametrize("text", [
    "THE BACKERS\n\nIran - Arms the Dorsk Brigade; its embassy denied it.\nCanada and Chile - Sponsors of the KIA. "
    "Canada's envoy called Tomas Vendrel. The Karvel Islamic Alliance (KIA) won 20 seats.",
    "The Karvel Islamic Alliance (KIA) won 20 seats.\n\nChile - Friends of the KIA. Its envoy called Tomas Vendrel.",
])
def test_a_plural_describing_an_acronyms_body_is_no_name(text):
    got = names(text)
    assert not any(n.endswith("of the KIA") for n in got), got


@pytest.mark.parametrize("text, name", [
    ("Two of its members, Chile's Vardo Energy and Canada's Pellna Ridge Petroleum, said they would wait for "
     "payment.", "Pellna Ridge Petroleum"),
    ("Karvel National Petroleum signed a deal with the Ostravian government on Monday.", "Karvel National Petroleum"),
    ("Two of its members, Chile's Karvel Oil and Canada's Marrow Bay Petroleum, said they would wait.",
     "Marrow Bay Petroleum"),
])
def test_a_name_ending_in_petroleum_is_a_company(text, name):
    assert names(text).get(name) == "organization"


@pytest.mark.parametrize("text, full", [
    ("The alliance is led by Sheikh Harun Vensel bin Maldor. Officials met bin Maldor on Monday, and the Karvel Front "
     "later hosted bin Maldor in Pelsor.", "Harun Vensel bin Maldor"),
    ("Karvel named Finance Minister Harun bin Dravik as premier. The Karvel Front welcomed bin Dravik's appointment.",
     "Harun bin Dravik"),
    ("Prime Minister Harun Vensel bin Dravik resigned on Saturday. The Dunmere Front said it had urged bin Dravik to "
     "stay.", "Harun Vensel bin Dravik"),
])
def test_a_person_shortened_to_bin_and_a_name_is_that_person(text, full):
    # actors._fathers_name: "bin X" in lower case is kept as the person's short name, not dropped as a lower-case phrase
    ex = extract_documents([Document(id="d0", text=text)])
    person = next(a for a in ex.actors if a.name == full)
    assert any(a.startswith("bin ") for a in person.aliases), [(a.name, a.aliases) for a in ex.actors]


@pytest.mark.parametrize("text, name, pieces", [
    ("For two decades the country was governed by the Varnok Labourers' Front (VLF), a party formed from the old "
     "youth league. From 2004 the VLF was led by Tomas Vendrel.", "Varnok Labourers' Front", {"Varnok Labourers"}),
    ("The Dunmere Pensioners' Front won six seats in the March vote.", "Dunmere Pensioners' Front",
     {"Dunmere Pensioners", "Front"}),
    ("Fighters of the Sons of the Saltfen (Hurras al-Yarra), an armed movement of the Dunmere highlands, struck the "
     "town.", "Sons of the Saltfen", {"Sons", "al-Yarra", "Hurras al-Yarra", "Saltfen"}),
    ("Under the charter, the movement's political wing, the Loyalty to the Kovask Party, received three ministries.",
     "Loyalty to the Kovask Party", {"Loyalty", "Kovask Party"}),
    ("The Kessen Union won 64 seats, while the Sarvane Democrats of Ilse Marnow took 38. Marnow said so.",
     "Sarvane Democrats", {"Democrats", "Sarvane Democrats of Ilse Marnow"}),
    ("The Kessen Union won 64 seats, while the Orlane Greens of Ilse Marnow took 38. Marnow said so.",
     "Orlane Greens", {"Greens", "Orlane Greens of Ilse Marnow"}),
    ("The Tervik Movement in Brellin (TMB) was formed in 2014. Last year the Tervik Movement in Brellin claimed "
     "two attacks.", "Tervik Movement in Brellin", {"Tervik Movement", "Brellin"}),
])
def test_a_name_the_ner_cut_in_pieces_is_one_actor(text, name, pieces):
    got = names(text)
    assert name in got, got
    assert not pieces & set(got), got


def test_a_citations_volume_is_no_actor():
    got = names("Review of Dunmere Affairs, Vol. 7, No. 2 (2026)\n\nThe Karvel army shelled the town of Drosk.")
    assert "Vol" not in got and "No" not in got, got


def test_a_state_and_a_body_with_a_plurals_possessive_stay_two():
    got = names("Ostravia and the Tanners' Union signed the deal on Monday.")
    assert "Tanners' Union" in got, got
    assert not any("Ostravia" in n and "Union" in n for n in got), got


@pytest.mark.parametrize("text, name", [
    ("Tomas Vendrel, head of the government's Iraqi-Turkish Border Commission, called the deal a first step.",
     "Iraqi-Turkish Border Commission"),
    ("Officials of the Omani-Palestinian Water Committee said the pipeline would open in May.",
     "Omani-Palestinian Water Committee"),
    ("The Saudi-Yemeni Coordination Council approved the plan on Monday.", "Saudi-Yemeni Coordination Council"),
])
def test_a_body_two_states_share_is_named_in_full(text, name):
    got = names(text)
    assert name in got, got


@pytest.mark.parametrize("text, body, short, other", [
    ("Power in Karvel is held by the Supreme Council for National Renewal (SCNR), chaired by General Tomas Vendrel. "
     "The Council has deployed about 6,000 troops to the south. Ostravia blocked a statement in the UN Security "
     "Council. The Council has refused to talk to the opposition.",
     "Supreme Council for National Renewal", "The Council has deployed", "UN Security Council"),
    ("The Movement for Karvelian Unity, led by Mira Dostal, won 30 seats. The Movement accused the government of "
     "fraud. The Ostravian Islamic Movement, a rival group, stayed silent.",
     "Movement for Karvelian Unity", "The Movement accused", "Ostravian Islamic Movement"),
    ("The Dunmere Patriotic Front, led by Tomas Vendrel, attacked the port. Officials said the Front has about "
     "4,000 fighters. The Karvel Popular Front condemned the attack.",
     "Dunmere Patriotic Front", "Officials said the Front", "Karvel Popular Front"),
])
def test_a_short_form_is_the_body_named_before_it_not_after(text, body, short, other):
    """'the Council' after the Supreme Council for X and before the UN Security Council is the former: what is said of
    it (troops, events) goes to the body named before it."""
    ex = extract_documents([Document(id="d0", text=text)])
    names = {a.id: a.name for a in ex.actors}
    said = {names.get(x.source) for x in ex.events if short in x.evidence.text} \
        | {names.get(f.actor) for f in ex.facts if short in f.evidence.text}
    assert body in said and other not in said, said


@pytest.mark.parametrize("text, name, short", [
    ("Tomas Vendrel leads the Harmony and Willow Party, which won 12 seats in Ostravia. Harmony and Willow later "
     "left the talks.", "Harmony and Willow Party", "Harmony"),
    ("Ilsa Brant heads the Bread and Saffron Front, the largest opposition force in Karvel.",
     "Bread and Saffron Front", "Bread"),
    ("Brant's Granite and Willow Movement won nine seats in the south.", "Granite and Willow Movement", "Granite"),
])
def test_words_joined_by_and_before_a_group_noun_are_one_name(text, name, short):
    got = names(text)
    assert name in got, got
    assert short not in got and not any(n != name and n in name for n in got), got


@pytest.mark.parametrize("text, two", [
    ("Tomas Vendrel and the Willow Party rejected the plan.", "Tomas Vendrel"),
    ("The Karvel Front said the Granite and Willow Party would lose.", "Karvel Front"),
])
def test_a_state_or_a_body_before_and_is_not_glued_to_the_next_name(text, two):
    got = names(text)
    assert two in got and not any(two in n and n != two for n in got), got


@pytest.mark.parametrize("text, name", [
    ("Tomas Vendrel, a member of the movement's parliamentary bloc Devotion to the Marshes, accused the governor.",
     "Devotion to the Marshes"),
    ("Ilsa Brant, who heads the electoral list Faithful to the Valleys, said the vote was rigged.",
     "Faithful to the Valleys"),
    ("Vendrel's coalition Return to the Orchards won nine seats.", "Return to the Orchards"),
])
def test_a_name_with_to_the_right_after_its_group_noun_is_one_name(text, name):
    got = names(text)
    assert name in got, got
    assert not any(n != name and n in name for n in got), got


def _extract(text: str):
    ex = extract_documents([Document(id="d0", text=text)])
    names_of = {a.id: a.name for a in ex.actors}
    return ex, {(names_of.get(r.source), r.type, names_of.get(r.target)) for r in ex.relations}


@pytest.mark.parametrize("text, person, body", [
    ("FACTBOX-The main players in Ostravia's crisis\n\nILSA BRANT AND THE WILLOW PARTY\n\n"
     "Brant, 47, a former teacher, leads the Willow Party, which won 30 seats.\n", "Ilsa Brant", "Willow Party"),
    ("Who is who in Karvel\n\nPRESIDENT TOMAS VENDREL\n\nVendrel, 70, has ruled Karvel since 2001 and chairs the "
     "Granite Movement.\n", "Tomas Vendrel", "Granite Movement"),
    ("Police detained Dalmar Velisar, a lawyer, on Monday.\n\nORSOLYA VELISAR\n\nVelisar, 44, heads the Kestrin "
     "Front, the main opposition force.\n", "Orsolya Velisar", "Kestrin Front"),
    ("The main players\n\nILSA KORVELL AND THE WILLOW MOVEMENT\n\nKorvell's Willow Movement, a rural party strong "
     "in the south, won nine seats. Korvell has said he would accept a recount.\n", "Ilsa Korvell", "Willow Movement"),
])
def test_a_person_named_in_full_only_in_a_heading_in_capitals(text, person, body):
    ex, rels = _extract(text)
    assert person in {a.name for a in ex.actors}, [a.name for a in ex.actors]
    assert (person, "leader_of", body) in rels, rels


@pytest.mark.parametrize("text", [
    "TALKS IN VELO\n\nThe Willow Party met envoys in Velo on Monday.\n",
    "MINISTER HEDGES HIS BETS\n\nThe Willow Party said Bets was a rumour.\n",
    "THE PARTIES\n\nThe Willow Party and the Granite Movement won most seats.\n",
])
def test_a_heading_in_capitals_naming_no_person_gives_none(text):
    ex, _ = _extract(text)
    # (no heading words taken for a person's full name; "Velo" alone is the NER's own reading, as without a heading)
    assert not any(a.kind == "person" and " " in a.name for a in ex.actors), [(a.name, a.kind) for a in ex.actors]


def test_a_station_name_in_a_capitals_header_is_no_person():
    # (a run of capitals cut by a dash, its last word written in the body only inside the longer name)
    from kingmaker.nlp.actors import _heading_persons
    from kingmaker.nlp.pipeline import load_pipeline

    nlp = load_pipeline()
    doc = nlp("RADIO KESTRIN INTERNATIONAL - WORLD SERVICE\n\nThe Kestrin government and the Willow Movement met "
              "in Velo, Radio Kestrin International said.\n")
    assert _heading_persons(doc) == []
    doc = nlp("The players\n\nILSA KORVELL AND THE WILLOW MOVEMENT\n\nKorvell, 51, leads the Willow Movement.\n")
    assert [doc[s:e].text for s, e, _ in _heading_persons(doc)] == ["ILSA KORVELL"]



def test_record_codes_currency_codes_and_capitalised_common_words_are_no_actors():
    # "Witness Q-4", "(exhibit D-17)", "(recording R-9)": a file's reference codes; "USD 4 million": a currency
    # code; "a local NGO", "OK, ...": a common noun and a reply in capitals
    got = names("The panel questioned Witness Q-4, a deserter from the Velmar Front, for two days. The ledger "
                "(exhibit D-17) bears the signature of Ilan Vesk, and Vesk is heard on a tape (recording R-9). The "
                "Front received USD 4 million and GBP 2 million through a local NGO. OK, let us turn to the map.")
    assert "Velmar Front" in got and "Ilan Vesk" in got, got
    assert not any(any(c.isdigit() for c in n) or n in ("USD", "GBP", "NGO", "OK") for n in got), got
