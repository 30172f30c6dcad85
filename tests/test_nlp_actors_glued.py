"""Names the tagger glues to the words around them (a title, a house's name, a weekday) and words that name no actor
(a minister's portfolio, an economic measure): end to end on invented sentences (real English pipeline)."""
from __future__ import annotations

import pytest

from kingmaker.api import extract_documents
from kingmaker.model import Document

pytestmark = pytest.mark.model


def by_document(*texts: str) -> dict[str, dict[str, str]]:
    """{document: {actor name: kind}} of each text extracted as its own document."""
    ex = extract_documents([Document(id=f"d{i}", text=t) for i, t in enumerate(texts)])
    out: dict[str, dict[str, str]] = {f"d{i}": {} for i in range(len(texts))}
    for a in ex.actors:
        for d in a.documents:
            out[d][a.name] = a.kind
    return out


def test_a_person_after_a_title_made_of_a_house_name_is_a_person():
    got = by_document(
        "The party's new board also includes Members of the State Assembly Jaan Tuvi and Maarika Pihl.",
        "Among the speakers were the Members of Parliament Ivo Kask and Tiina Rebane of the Moldovan Green Party.",
        "The delegation included Member of Parliament Tiina Rebane.",
        "The motion was tabled by Member of the National Assembly Ivo Kask on Tuesday.",
        "The bill was signed by Speaker of the National Assembly Ivo Kask on Monday.",
        "Members of Parliament voted on Tuesday to approve the budget.")
    assert got["d0"].get("Jaan Tuvi") == "person" and got["d0"].get("Maarika Pihl") == "person"
    assert got["d0"].get("State Assembly") == "organization"
    assert got["d1"].get("Ivo Kask") == "person" and got["d1"].get("Tiina Rebane") == "person"
    assert got["d2"].get("Tiina Rebane") == "person"
    assert got["d3"].get("Ivo Kask") == "person"
    assert got["d4"].get("Ivo Kask") == "person" and got["d4"].get("National Assembly") == "organization"
    assert got["d5"] == {}, got["d5"]
    for names in got.values():
        assert not any(n.lower().startswith("member") for n in names), names


def test_a_person_after_a_short_title_the_tagger_took_for_a_body_is_a_person():
    got = by_document(
        "The board includes the MEP Rein Ilves, who sits with the liberal group.",
        "The delegation was led by MEP Ivo Kask.",
        "Opposition MP Tarmo Lepik walked out of the chamber.")
    assert got["d0"] == {"Rein Ilves": "person"}
    assert got["d1"] == {"Ivo Kask": "person"}
    assert got["d2"].get("Tarmo Lepik") == "person"


def test_a_weekday_before_a_name_opens_no_name():
    got = by_document(
        "Zarvan's government denied the report. On Saturday Zarvani special forces raided a farm.",
        "On Monday Moldovan police arrested four men.",
        "Ivo Kask met the envoy. On Friday Kask flew to the capital.")
    for names in got.values():
        assert not any(w in n for n in names for w in ("Saturday", "Monday", "Friday")), names
    assert got["d0"].get("Zarvan") == "country"
    assert got["d2"].get("Ivo Kask") == "person"


def test_a_ministers_portfolio_and_an_economic_measure_are_no_actors():
    got = by_document(
        "Ivo Kask, who has served as Minister of Social Affairs since 2023, was elected chairman. Defence spending "
        "will rise to 3.5 per cent of GDP.",
        "Tiina Rebane, the Minister of Foreign Affairs, met her counterpart. Inflation rose and GDP fell.",
        "The Secretary of Economic Development, Jaan Tuvi, resigned.",
        "The Ministry of Social Affairs of Moldova said pensions would rise.")
    for d in ("d0", "d1", "d2"):
        assert not {"Social Affairs", "Foreign Affairs", "Economic Development", "GDP"} & set(got[d]), got[d]
    assert got["d1"].get("Tiina Rebane") == "person"
    assert got["d3"].get("Moldova") == "country"  # a ministry is its state's


def test_a_party_named_with_and_without_its_states_name_is_one_party():
    got = by_document(
        "Moldova's parliament meets on Monday. The congress of the Moldova Centre Party elected a new chairwoman. She "
        "pledged to keep the Centre Party in the coalition with the Moldova Liberal Union. Prime Minister Helena Solvik "
        "of the Liberal Union welcomed the vote.",
        "The Ostravian government resigned. The Ostravia Centre Party elected a new leader. The Centre Party will hold "
        "a congress in May.",
        "The National Liberal Party won 30 seats and the Democratic Liberal Party won 12.")
    assert not {"Centre Party", "Liberal Union"} & set(got["d0"]), got["d0"]
    assert got["d0"].get("Moldova Centre Party") == "organization"
    assert got["d0"].get("Moldova Liberal Union") == "organization"
    # the other state's party of that name stays another party, in its own document
    assert set(got["d1"]) == {"Ostravia", "Ostravia Centre Party"}, got["d1"]
    assert {"National Liberal Party", "Democratic Liberal Party"} <= set(got["d2"])


def test_a_foreign_party_of_the_same_short_name_is_not_the_home_party():
    got = by_document(
        "Ostravia's government met on Monday. The Ostravia Centre Party won 24 seats. The Centre Party will stay in "
        "the coalition. Guests included the Estonian Centre Party.")
    names = got["d0"]
    assert "Ostravia Centre Party" in names and "Estonian Centre Party" in names, names
    assert "Centre Party" not in names


def test_an_acronym_in_brackets_after_a_states_government_is_that_state():
    got = by_document(
        "The Moldovan Interim Government (MIG) rejected the plan on Monday. The MIG said it would appeal, and MIG "
        "spokesman Ivo Kask called the ruling unfair.")
    assert got["d0"] == {"Moldova": "country", "Ivo Kask": "person"}, got["d0"]


def test_a_bare_surname_two_people_of_the_story_bear_is_no_third_person():
    got = by_document(
        "Sheikh Nayef al-Varsi leads the tribe. His cousin Omar al-Varsi commands the militia. Al-Varsi senior has "
        "warned the government.",
        "Karim Tolvan and Samir Tolvan met on Monday. Tolvan said the talks went well.",
        "Omar Vastani was elected. Vastani thanked voters. His sister Lina Vastani runs the party.")
    assert set(got["d0"]) == {"Nayef al-Varsi", "Omar al-Varsi"}, got["d0"]
    assert set(got["d1"]) == {"Karim Tolvan", "Samir Tolvan"}, got["d1"]
    assert set(got["d2"]) == {"Omar Vastani", "Lina Vastani"}, got["d2"]  # used alone before the sister came in


def test_a_nickname_given_with_the_real_name_is_that_persons():
    got = by_document(
        'The self-styled "Colonel Tembo", whose real name is Juma Kariuki, appeared in court on Monday. Kariuki '
        "denied the charges. Tembo's lawyer asked for bail.",
        'Juma Kariuki, known as "Colonel Tembo", appeared in court on Monday. Kariuki denied the charges. Tembo\'s '
        "lawyer asked for bail.",
        'Rebel leader "General Simbo", whose birth name was Peter Achieng, surrendered. Simbo was flown to the capital.')
    assert got["d0"] == {"Juma Kariuki": "person"}, got["d0"]
    assert got["d1"] == {"Juma Kariuki": "person"}, got["d1"]
    assert got["d2"] == {"Peter Achieng": "person"}, got["d2"]


def test_rebels_named_after_the_first_word_of_a_front_are_that_front():
    got = by_document(
        "Talks between the government and the Dheran rebels collapsed. Negotiators for the government and the Dheran "
        "Liberation Front walked out. The Front has been fighting for eleven years.",
        "The Dheran Popular Front and the Velmar Liberation Front met. The Dheran rebels said the talks went well.")
    assert set(got["d0"]) == {"Dheran Liberation Front"}, got["d0"]
    assert "Dheran rebels" not in got["d1"], got["d1"]


def test_a_ministry_named_without_a_state_is_the_state_the_story_is_about():
    got = by_document(
        "VELBOR, Ostravia, May 2 - Ostravia held local elections on Sunday. The Interior Ministry said turnout was "
        "40 percent. The Ministry of Finance said salaries would be paid, and Ostravia's president praised the vote.",
        "Ostravia and Moldova signed a trade deal. Ostravia's president and Moldova's president met in Geneva. The "
        "Foreign Ministry said the deal was fair.")
    assert "Interior Ministry" not in got["d0"] and "Ministry of Finance" not in got["d0"], got["d0"]
    assert got["d0"].get("Ostravia") == "country"
    assert "Foreign Ministry" in got["d1"], got["d1"]  # which state's, the story does not say


def test_a_name_whose_airspace_is_violated_is_a_state():
    got = by_document("Turkish jets violated Kessaria's airspace on Monday, the defence ministry said.",
                      "Drones from the north entered Marvessa's airspace twice this week.")
    assert got["d0"].get("Kessaria") == "country", got["d0"]
    assert got["d1"].get("Marvessa") == "country", got["d1"]


def test_a_states_service_named_with_the_state_is_a_body():
    got = by_document(
        "Ostravia's president spoke. The Ostravia Internal Security Service said a vessel was to blame.",
        "Ostravia's president spoke. The State Border Service of Ostravia sent more guards.")
    assert got["d0"].get("Ostravia Internal Security Service") == "organization", got["d0"]
    assert any(k == "organization" and "Border Service" in n for n, k in got["d1"].items()), got["d1"]


def test_a_bodys_name_in_its_own_language_in_brackets_is_no_persons_name():
    got = by_document(
        "The Velmar Centre Party (Keskerakond Velmar, KV) held its congress. It holds 24 of the 101 seats in the State "
        "Assembly (Riigikogu Velmar). Russian aircraft violated Velmar's airspace again.")
    assert got["d0"].get("Velmar") == "country", got["d0"]


def test_a_name_of_a_party_the_tagger_took_for_a_person_still_names_a_state_with_an_election():
    got = by_document(
        "The liberal Forward Vardonia movement of Irena Vasko came second. The Homeland Union won the largest number of "
        "seats in Vardonia's parliamentary election on Sunday.")
    assert got["d0"].get("Vardonia") == "country", got["d0"]


def test_a_name_after_an_envoys_title_is_a_person_even_when_tagged_as_a_body():
    from kingmaker.nlp import actors
    from kingmaker.nlp.pipeline import load_pipeline

    nlp = load_pipeline()
    for text, (s, e) in (("The plan was echoed by the US deputy envoy Marta Velko on Monday.", (9, 11)),
                         ("Special envoy Ivo Kask arrived on Monday.", (2, 4))):
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            if name == "kingmaker_actors":
                break
            doc = proc(doc)
        assert doc[s:e].text in ("Marta Velko", "Ivo Kask")
        votes = actors._votes(doc, s, e, "ORG")  # as if the tagger had called the name a body
        assert votes["person"] > votes["organization"], (text, votes)


def test_a_title_glued_after_a_house_s_name_is_split_from_the_person():
    got = by_document(
        "Majlis Speaker Ilse Tarnow opened an emergency session of the Ostravian Majlis on Monday.",
        "Ostravian Parliament Speaker Mirek Dravik said the vote would go ahead.",
        "Senate Speaker Anja Kolbe called an emergency session of the Harwen Senate for Friday.")
    assert got["d0"].get("Ilse Tarnow") == "person", got["d0"]
    assert got["d1"].get("Mirek Dravik") == "person", got["d1"]
    assert got["d2"].get("Anja Kolbe") == "person", got["d2"]
    for names in got.values():
        assert not any("Speaker" in n for n in names), names
