"""Invented states found from the contexts only a state takes (real English pipeline, invented names):
a two-word name after a state's noun and "of"/"to", "the Republic of X" as X's long name, "neighbouring X",
a state's security service, and an "-i" adjective whose "-a" name the text writes elsewhere."""
from __future__ import annotations

import pytest

from kingmaker.api import extract_documents
from kingmaker.model import Document

pytestmark = pytest.mark.model


def actors(*texts: str) -> dict[str, tuple[str, list[str]]]:
    ex = extract_documents([Document(id=f"d{i}", text=t) for i, t in enumerate(texts)])
    return {a.name: (a.kind, a.aliases) for a in ex.actors}


@pytest.mark.parametrize("text, name", [
    ("Washington is in close contact with the government of San Morvado and will send equipment. "
     "San Morvado is not alone, he said.", "San Morvado"),
    ("The president of Costa Verdana, Luis Amaro, flew to Madrid on Monday.", "Costa Verdana"),
    ("The ambassador to Nueva Tarsa was recalled on Friday after talks with the Republic of Nueva Tarsa "
     "collapsed.", "Nueva Tarsa"),
])
def test_a_two_word_name_after_a_states_noun_is_a_state(text, name):
    got = actors(text)
    assert got.get(name, ("missing",))[0] == "country", got


def test_the_republic_of_x_is_xs_long_name_not_a_second_actor():
    got = actors("Talks with the Republic of Tarsania collapsed on Friday. The army of Tarsania said it was ready.")
    assert got["Tarsania"][0] == "country", got
    assert "Republic of Tarsania" not in got and "Republic of Tarsania" in got["Tarsania"][1], got


def test_people_and_bodies_after_of_stay_what_they_are():
    got = actors("The Ministry of Home Affairs said the talks would resume. Anna Korvik, the president of "
                 "Blue Meadow, said she agreed.",
                 "Critics of the government of Anna Korvik marched on Monday. Korvik said the protest was illegal.",
                 "Marek Tolvan said the government of Ostrava Nova had fallen.")
    assert got["Anna Korvik"][0] == "person", got
    assert got.get("Ministry of Home Affairs", ("organization",))[0] != "country", got
    assert "Home Affairs" not in got and got.get("Blue Meadow", ("organization",))[0] != "country", got


@pytest.mark.parametrize("text, name", [
    ("Officials in Dorvan accused neighbouring Kessaly of sheltering the rebels. Kessaly denies the charge.",
     "Kessaly"),
    ("Talks with neighboring Vardessa stalled, the minister said. Vardessa denied it.", "Vardessa"),
])
def test_a_neighbouring_name_is_a_state(text, name):
    got = actors(text)
    assert got.get(name, ("missing",))[0] == "country", got


def test_a_neighbouring_province_or_colleague_is_no_state():
    got = actors("Farmers from the neighbouring Kessa province blocked the road.",
                 "Anna Korvik met her neighbouring colleague Maria Tessel. Tessel said nothing.")
    assert not any(kind == "country" for kind, _ in got.values()), got


def test_a_states_security_service_names_it():
    got = actors("The plot was uncovered by the Brelovian security service, which briefed the embassies. "
                 "Brelovia would sign the deal in May.")
    assert got.get("Brelovia", ("missing",))[0] == "country", got


def test_an_i_adjective_is_the_state_whose_a_name_the_text_writes():
    got = actors("Negotiators for the Tamsari government walked out. The Tamsara Forward party won the vote.")
    assert got.get("Tamsara", ("missing",))[0] == "country", got
    assert "Tamsari government" in got["Tamsara"][1], got
    assert got["Tamsara Forward party"][0] == "organization", got


@pytest.mark.parametrize("text, name", [
    ("LEMAZ, Tavorra - The convoy arrived before dawn. Karim Vell, a commander, said his men were ready.", "Tavorra"),
    ("Headline of the day\n\nQALAT DURR, Sevrana (wire) - Gunmen attacked a checkpoint on Monday, the police said.",
     "Sevrana"),
])
def test_a_datelines_unknown_name_is_a_state(text, name):
    got = actors(text)
    assert got.get(name, ("missing",))[0] == "country", got


def test_a_datelines_date_or_person_is_no_state():
    got = actors("KRALJEVAC, Oct 6 - The Blue Meadow party won the vote.",
                 "OSTRAVA, Marek Tolvan - The leader spoke on Monday.")
    assert not any(kind == "country" for kind, _ in got.values()), got


def test_a_datelines_state_takes_its_plural_demonym():
    got = actors("LEMAZ, Tavorra - The convoy arrived before dawn. Karim Vell said all Tavorrans were free.")
    assert got.get("Tavorra", ("missing", []))[0] == "country" and "Tavorrans" in got["Tavorra"][1], got


@pytest.mark.parametrize("text, name", [
    ("Lyskara and France signed a defence pact on Monday. Lyskara will receive two frigates.", "Lyskara"),
    ("Turkey and Ormeria agreed on Monday to reopen the crossing.", "Ormeria"),
    ("Talks between Qeshran and Egypt resumed in Cairo. Qeshran's envoy said the talks went well.", "Qeshran"),
])
def test_a_place_paired_with_a_known_state_in_what_states_do_together_is_a_state(text, name):
    got = actors(text)
    assert got.get(name, ("missing",))[0] == "country", got


@pytest.mark.parametrize("text, name", [
    ("Karvel's army shelled the border. The Karvelian government and Ostravia signed a pact, and Ostravia "
     "said it would send troops.", "Ostravia"),
    ("Talks between Vesmark's president and Dunavia collapsed. Dunavia accused Vesmark of lying.", "Dunavia"),
    ("The Tolvian army shelled the border. Tolvia and Marsenna later agreed to a ceasefire.", "Marsenna"),
    ("Officials of Drennia's government met envoys from Drennia and Korvath on Monday, and Korvath pledged aid.",
     "Korvath"),
])
def test_a_name_coordinated_with_a_state_the_text_proves_is_a_state(text, name):
    got = actors(text)
    assert got.get(name, ("missing",))[0] == "country", got


def test_a_person_or_town_coordinated_with_a_proved_state_is_no_state():
    got = actors("Tolvia's president, Anders Kreel, met Tolvia and Vendrel officials. Vendrel said he was pleased.",
                 "The Selvorian army shelled Selvoria and Brannick province on Monday.")
    assert got.get("Vendrel", ("missing",))[0] != "country", got
    assert got.get("Brannick", ("missing",))[0] != "country", got


@pytest.mark.parametrize("text, name", [
    ("The government of Karvel fell. So does Karvel's ally Sarvania, which has lent Karvel the frigates.",
     "Sarvania"),
    ("The government of Karvel fell. Karvel's ally Ustrelia sent troops, and Ustrelia's navy patrolled the coast.",
     "Ustrelia"),
    ("The government of Karvel fell on Monday. Aid also came from Karvel's neighbour Halmora, which sent two "
     "frigates.", "Halmora"),
])
def test_a_place_in_apposition_to_a_states_ally_or_neighbour_is_a_state(text, name):
    got = actors(text)
    assert got.get(name, ("missing",))[0] == "country", got


@pytest.mark.parametrize("text, name", [
    ("SANTA LUZ - Ana Pereda has one of the hardest jobs in Sulvana. She leads the talks with the country's last "
     "guerrilla group, and Sulvana's farmers back her.", "Sulvana"),
    ("Ana Pereda has one of the hardest jobs in Korvatia. The country's last guerrilla group wants talks, and aid "
     "workers say Korvatia is tired of war.", "Korvatia"),
    ("Few places are as poor as Brenmark. The country's president, Ilse Varga, promised reform in Brenmark and "
     "in the town of Osla.", "Brenmark"),
])
def test_the_one_unknown_place_a_text_calls_the_country_is_a_state(text, name):
    got = actors(text)
    assert got.get(name, ("missing",))[0] == "country", got


def test_a_town_in_a_known_states_story_is_not_the_country():
    got = actors("Fighting in Yemen spread on Monday. Rebels shelled the port of Tarsido, and Tarsido's mayor fled. "
                 "The country's army withdrew.")
    assert got.get("Tarsido", ("missing",))[0] != "country", got


@pytest.mark.parametrize("text, name", [
    ("COUNTRY RISK BRIEF - KORVATH\nPresident Anders Kreel's hold on power is secure. The Korvath People's "
     "Union holds most seats.", "Korvath"),
    ("COUNTRY PROFILE: MARSENNA\nThe ruling Marsenna Forward party won the election, and President Ilse Varga "
     "named a new cabinet.", "Marsenna"),
    ("DRENNIA: COUNTRY REPORT\nThe finance ministry, headed by Tomas Vendrel, cut spending.", "Drennia"),
])
def test_an_upper_case_country_heading_names_a_state(text, name):
    got = actors(text)
    assert got.get(name, ("missing",))[0] == "country", got


def test_a_company_or_person_paired_with_a_state_is_no_state():
    got = actors("Exxon and Iraq signed a contract on Monday.",
                 "Talks between Renault and France resumed in Paris on Monday.",
                 "Anna Korvik and France signed a deal. Korvik said it was good.",
                 "The airline resumed flights between Cairo and Velmeth on Monday.")
    assert got.get("Velmeth", ("missing",))[0] != "country", got
    assert got["Exxon"][0] != "country" and got["Renault"][0] != "country", got
    assert got["Anna Korvik"][0] == "person", got


def test_a_capitalised_body_of_a_two_word_place_names_a_state():
    got = actors("The Senate of San Orvido approved the budget. San Orvido has five million people.")
    assert got.get("San Orvido", ("missing",))[0] == "country", got


@pytest.mark.parametrize("text, names", [
    ("Rebels crossed the Dovenia-Kelmar border on Monday. Kelmar denied it.", ("Dovenia", "Kelmar")),
    ("Troops massed along the Turkey-Sorvak border. Sorvak said it was calm.", ("Sorvak",)),
])
def test_names_joined_before_a_border_are_states(text, names):
    got = actors(text)
    assert all(got.get(n, ("missing",))[0] == "country" for n in names), got


def test_an_adjective_before_what_only_a_state_owns_names_the_state():
    got = actors("Jets entered Tolmaran airspace. Tolmara protested.")
    assert got.get("Tolmara", ("missing",))[0] == "country", got


def test_a_persons_name_before_a_border_stays_a_person():
    got = actors("Mr Rask crossed the Rask-Vellin border. Rask said he was tired.")
    assert got.get("Rask", ("person",))[0] == "person", got


@pytest.mark.parametrize("text, name", [
    ("San Orvido's president, Luis Amaro, flew to Madrid on Monday. San Orvido has five million people.",
     "San Orvido"),
    ("Costa Verdana's armed forces were put on alert. Costa Verdana denied the report.", "Costa Verdana"),
    ("Troops from Nueva Tarsa crossed the river. Nueva Tarsa's foreign ministry said they were lost.", "Nueva Tarsa"),
])
def test_a_two_word_name_owning_what_only_a_state_owns_is_a_state(text, name):
    got = actors(text)
    assert got.get(name, ("missing",))[0] == "country", got


def test_a_persons_government_keeps_the_person():
    got = actors("Anna Korvik's government fell on Monday. Critics of Anna Korvik's cabinet cheered.")
    assert got["Anna Korvik"][0] == "person", got


def test_a_demonym_before_a_title_with_its_adjective_names_the_state():
    got = actors("The Kelsarian foreign minister, Ivo Marn, arrived in Paris.")
    assert got.get("Kelsaria", ("missing",))[0] == "country", got


def test_the_adjective_of_a_persons_surname_makes_no_state():
    got = actors("Marek Tolvan met the Tolvani troops. Tolvan said he was proud.")
    assert got["Marek Tolvan"][0] == "person", got
    assert not any(kind == "country" for kind, _ in got.values()), got


def test_a_place_below_the_state_takes_no_weak_state_cue():
    got = actors("Clashes erupted on the Maravi-Dorsk border. Fighters from Dorsk governorate joined them.",
                 "HARMUK, Velsa - Gunmen attacked a checkpoint. The Velsa governorate is tense.",
                 "Refugees fled to neighbouring Tamrut. Tamrut province has three camps.")
    assert not any(n in got and got[n][0] == "country" for n in ("Dorsk", "Velsa", "Tamrut")), got


@pytest.mark.parametrize("text, name", [
    ("In Moldova, the Crimson Dawn Party won 30 of the 60 seats in the Velna Region's parliament.", "Velna Region"),
    ("The Dorna Province's governor said the ambassador to Kessa District would be recalled.", "Kessa District"),
    ("The president of Harlow County, Ann Tey, said the county would appeal.", "Harlow County"),
])
def test_a_two_word_name_ending_in_a_place_noun_is_no_state(text, name):
    got = actors(text)
    assert got.get(name, ("missing",))[0] != "country", got


def test_a_states_body_met_only_as_a_common_noun_and_doing_nothing_is_no_actor():
    """'the parliament would return from recess' (no name of its own, no relation, event or fact): a passing
    mention of an institution; named by its state ("Velmora's parliament approved...") it stays."""
    got = actors("Velmora's economy shrank last year. Velmora's central bank said the parliament would return from "
                 "recess soon. Velmora's president said prices would fall.")
    assert "Velmora" in got and "Velmora parliament" not in got, got
    got = actors("The parliament of Velmora met on Tuesday. Velmora's parliament approved the budget.")
    assert "Velmora parliament" in got, got


@pytest.mark.parametrize("text, name", [
    ("Speaker Ivo Darl meets a delegation. Zembla's 101-seat Chamber of the Republic will vote on Thursday.", "Zembla"),
    ("Lorvania's 150-member parliament will sit on Monday.", "Lorvania"),
])
def test_the_owner_of_a_sized_house_is_a_state(text, name):
    got = actors(text)
    assert got.get(name, ("missing",))[0] == "country", got


def test_a_sized_local_council_proves_no_state():
    got = actors("Anna Korvik's 40-member council voted on Monday. Korvik said she was pleased.")
    assert got.get("Anna Korvik", ("missing",))[0] != "country", got


@pytest.mark.parametrize("text, name, adjective", [
    ("Fighting has swept Dorvessa since May. The Dorvessan army said two soldiers were killed near Kalto.",
     "Dorvessa", "Dorvessan"),
    ("Talks on the border resumed in Velgrad. The Merelian government said the ceasefire would hold, and "
     "officials in Merelia confirmed the prisoner exchange.", "Merelia", "Merelian"),
])
def test_a_state_proved_by_its_adjective_takes_the_name_the_text_writes(text, name, adjective):
    got = actors(text)
    assert got.get(name, ("missing",))[0] == "country", got
    assert adjective not in got, got


def test_an_adjective_state_keeps_its_adjective_name_when_the_text_writes_no_other():
    got = actors("The Dorvessan army said two soldiers were killed near Kalto on Monday.")
    assert got.get("Dorvessa", ("missing",))[0] == "country", got


@pytest.mark.parametrize("text, name", [
    ("Kelvarans voted on Sunday for a new parliament, and the count in Kelvara is nearly over. Brazil, Kelvara's "
     "biggest trading partner, said it was watching.", "Kelvara"),
    ("Dostrians voted on Sunday for a new parliament, and the count in Dostria is nearly over.", "Dostria"),
])
def test_a_people_named_for_a_place_the_text_writes_makes_it_a_state(text, name):
    got = actors(text)
    assert got.get(name, ("missing",))[0] == "country", got


def test_a_people_of_a_province_is_no_state():
    got = actors("Farmers in Sefra province marched on the capital. Sefrans say the drought has ruined them.")
    assert got.get("Sefra", ("missing",))[0] != "country", got


@pytest.mark.parametrize("text, name", [
    # a name a copula calls a country ("X is an absolute monarchy"), whatever the NER made of it
    ("Karsh and Velmo quarrel over the river. Velmo is an absolute monarchy, and its prime minister, Oren Talbi, "
     "answers to the king.", "Velmo"),
    ("The lecture covers Dostravia and Velmaria. Velmaria is a small kingdom on the coast, and its premier, Oren "
     "Talbi, runs the cabinet.", "Velmaria"),
])
def test_a_name_a_copula_calls_a_country_is_a_state(text, name):
    got = actors(text)
    assert got.get(name, ("missing",))[0] == "country", got


@pytest.mark.parametrize("text, state, force", [
    ("MORVALD: WEEKLY SECURITY NOTE\n\nThe suspect was arrested by the Morvaldian Gendarmerie on 2 May at a "
     "checkpoint near the coast. President Ilse Varro praised the arrest.", "Morvald", "Morvaldian Gendarmerie"),
    ("Aid convoys reached Tessaria on Monday. The Tessarian National Guard escorted the trucks past the river.",
     "Tessaria", "Tessarian National Guard"),
    ("Clashes resumed between the Brenholdian Armed Forces and the rebels, a week after Brenhold signed a "
     "truce.", "Brenhold", "Brenholdian Armed Forces"),
])
def test_a_place_whose_adjective_names_national_forces_is_a_state(text, state, force):
    # "the Xian Armed Forces", "the Xian Gendarmerie" with X written in the text (in a heading, in capitals, too):
    # a nation's forces, whatever the NER called the name; the force stays a body of its own
    got = actors(text)
    assert got.get(state, ("missing",))[0] == "country", got
    assert any(kind == "organization" and force in (name, *aliases) for name, (kind, aliases) in got.items()), got


def test_an_adjective_before_a_named_unit_of_a_force_proves_no_state():
    got = actors("The Dunmarian National Guard Brigade left Dunmaria on Friday.")
    assert got.get("Dunmaria", ("missing",))[0] != "country", got
