"""One person or body written two ways in one document is one actor, not two (the split also splits its ties and
events):

- a surname alone ("Vlasnik said", "Vlasnik's movement", a crossword's "KELMANDI") beside the full name of two or
  three capitalised words the tagger took for an organisation's ("a network organised by Teodor Vlasnik"), and an
  article's name without its article ("Veilleurs activists" of Les Veilleurs): the last word of the one such name
  that ends with it (actors._last_word_short);
- a surname the tagger took for a body's ("the Veska killing") beside the full name of a person: the person
  (actors._person_shaped_org);
- a body's name after its leader's possessive ("Voss's Renewal Party") beside the name alone, and a party's
  members' plural after its state's name ("Ostravia Social Democrats") beside the plural alone: the one body so
  named (actors._leader_possessive_rest, _without_demonym);
- an acronym that reads a compound of two capitalised words as one word ("Dorvan Self-Defence Forces", DSF) or
  leaves out the group noun that ends a long name ("Northern Transitional Council Forces", NTC): the one body whose
  name it so fits (actors._acronym_fits_shorter).

Negatives: two persons sharing a surname stay two (and a surname alone joins neither); a body named for a person
("the Talvik Brigade", "the Halden Foundation") stays apart from him; a short form its apposition calls another body
("the WPC, a trade union", "Voss's Renewal Party, a splinter group") joins neither (actors._apposition_calls_other); a town stays apart from an office named for it ("Field Office Marsa",
"KAN Marsa"); an acronym the text calls another body ("the NTC, a rival militia"), or
that the initials of a second body of the text fit as well, joins neither; a generic word ("the Union") is no one's
surname.

Each case is its own document. ``same``: pairs of names one actor must carry (its name or aliases); ``apart``: pairs
of names no one actor may carry both of. All names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import actor_names_each, battery

pytestmark = pytest.mark.model

CASES = [
    # --- a surname alone for a full name the tagger made a body's ---
    ("The prosecutor says that a network organised by Teodor Vlasnik paid voters in the first round. Vlasnik is a "
     "fugitive convicted in our courts. She belongs to Vlasnik's own movement, as you know.",
     {("Teodor Vlasnik", "Vlasnik")}, set()),
    ("Madam President, the prosecutor general says that a network organised by Oleg Tarnavi paid voters in the "
     "first round. Tarnavi is a fugitive convicted in our courts.",
     {("Oleg Tarnavi", "Tarnavi")}, set()),
    ("The council has no rival except the rump House of Deputies in Sorba, whose speaker, Edda Kostadi, is the "
     "general's closest ally. On 2 October the House, in which Kostadi's Unity Bloc holds 112 seats, voted to strip "
     "the cabinet of its budget.",
     {("Edda Kostadi", "Kostadi")}, set()),
    ("CROSSWORD ANSWERS. 3 Down: KELMANDI. Arben Kelmandi was impeached by the National Assembly on 8 October.",
     {("Arben Kelmandi", "KELMANDI")}, set()),
    ("Les Veilleurs, the movement of the jailed opposition leader, called a strike on Monday. Police said the "
     "Veilleurs march was banned.",
     {("Les Veilleurs", "Veilleurs")}, set()),
    # --- a full name the tagger made a body's, beside its surname as a person's; a surname made a body's ---
    ("The general ignored shouted questions about the exclusion of Mamadou Keita Sangare. He spoke of traitors "
     "abroad. That is a reference to Sangare, leader of the Union of Free Forces, who lives in exile.",
     {("Mamadou Keita Sangare", "Sangare")}, set()),
    ("== The Veska killing ==\nAn editor keeps adding that the Battalions killed the journalist Lina Veska in "
     "February. No court has found this.",
     {("Lina Veska", "Veska")}, set()),
    ("The Renewal Party lost six seats in May. On Tuesday the deputies of Voss's Renewal Party walked out of the "
     "chamber.",
     {("Renewal Party", "Voss's Renewal Party")}, set()),
    ("The Renewal Party lost six seats in May. Voss's Renewal Party has 31 deputies.",
     {("Renewal Party", "Voss's Renewal Party")}, set()),
    ("I joined the Kessaria Social Democrats in 1991, when Kessaria was still a republic. The Social Democrats were "
     "small then.",
     {("Kessaria Social Democrats", "Social Democrats")}, set()),
    ("Velgaria held a referendum in 1994. The Velgaria Social Democrats campaigned for it. Later the Social "
     "Democrats split over the result.",
     {("Velgaria Social Democrats", "Social Democrats")}, set()),
    # --- an acronym of a compound or of a long name without its group noun ---
    ("The authors write that \"Iran armed the Dorvan Self-Defence Forces\" (DSF). The source they cite says that "
     "instructors trained DSF units near the border.",
     {("Dorvan Self-Defence Forces", "DSF")}, set()),
    ("The Kessa People's Self-Defence Forces hold the valley. In May the army retook eleven villages from the "
     "KPSF.",
     {("Kessa People's Self-Defence Forces", "KPSF")}, set()),
    ("NORTHERN TRANSITIONAL COUNCIL FORCES ENTER MARSA, TAKE OVER THE ARMY HQ\n07:44 | NTC SAYS ELITE UNITS "
     "NOW CONTROL THE COAST ROAD\n08:41 | GOVERNOR ACCUSES NTC OF LOOTING THE PORT",
     {("Northern Transitional Council Forces", "NTC")}, set()),
    ("Fighters of the Eastern Popular Council Forces entered the town on Monday. By evening EPC units had taken the "
     "airport, residents said.",
     {("Eastern Popular Council Forces", "EPC")}, set()),
    # --- negatives ---
    ("Teodor Vlasnik and his brother Pavel Vlasnik were charged with fraud on Monday. Vlasnik denied the charges.",
     set(), {("Teodor Vlasnik", "Pavel Vlasnik")}),
    ("A network organised by Teodor Vlasnik and Anton Vlasnik paid voters. Vlasnik's lawyers said the case was "
     "political.",
     set(), {("Teodor Vlasnik", "Anton Vlasnik"), ("Teodor Vlasnik", "Vlasnik"), ("Anton Vlasnik", "Vlasnik")}),
    ("Omar Talvik founded the Talvik Brigade in 2019. On Monday the Talvik Brigade shelled the port.",
     set(), {("Omar Talvik", "Talvik Brigade")}),
    ("The Northern Transitional Council Forces entered Marsa on Monday. The NTC, a rival militia, denied it.",
     set(), {("Northern Transitional Council Forces", "NTC")}),
    ("The Northern Transitional Council Forces entered Marsa on Monday. The National Trade Confederation called a "
     "strike. NTC leaders met on Tuesday.",
     set(), {("Northern Transitional Council Forces", "National Trade Confederation")}),
    ("Submitted by: Kessel Aid Network (KAN), Field Office Marsa\nRoute: Marsa - Tolla junction - Vero checkpoint.\n"
     "The convoy left Marsa at 06:00. Prepared by: Security Unit, KAN Marsa",
     set(), {("Field Office Marsa", "Marsa"), ("KAN Marsa", "Marsa")}),
    ("Delegates of the National Union met Rena Halvik on Monday. The Union said Halvik had agreed to talks.",
     set(), {("National Union", "Rena Halvik")}),
    # --- an apposition that calls the short form another body (an acronym read shorter, a leader's possessive) ---
    ("The Western Popular Council Forces took the town. The WPC, a trade union, condemned the attack.",
     set(), {("Western Popular Council Forces", "WPC")}),
    ("The Eastern Popular Council Forces took the town. The EPC, a trade union of dockers, called a strike.",
     set(), {("Eastern Popular Council Forces", "EPC")}),
    ("Fighters of the Northern Unity Council Forces took Marsa on Monday. The NUC, a splinter of the "
     "council, denied it.",
     set(), {("Northern Unity Council Forces", "NUC")}),
    ("Fighters of the Northern Unity Council Forces took Marsa on Monday. The NUC, a separatist council, "
     "denied it.",
     {("Northern Unity Council Forces", "NUC")}, set()),
    ("Fighters of the Northern Unity Council Forces took Marsa on Monday. The NUC, an armed group, denied "
     "it.",
     {("Northern Unity Council Forces", "NUC")}, set()),
    ("The Renewal Party lost six seats in May. Voss's Renewal Party, a splinter group formed in June, won two.",
     set(), {("Renewal Party", "Voss's Renewal Party")}),
    ("The Renewal Party lost six seats in May. Voss's Renewal Party, an offshoot formed in June, won two.",
     set(), {("Renewal Party", "Voss's Renewal Party")}),
    ("The Renewal Party lost six seats in May. Voss's Renewal Party, a rival movement, won two.",
     set(), {("Renewal Party", "Voss's Renewal Party")}),
    ("The Renewal Party lost six seats. Voss's Renewal Party was the name the press gave it after Ana Voss took "
     "over.",
     {("Renewal Party", "Voss's Renewal Party")}, set()),
    # --- probes: other bodies and persons in the same frame ---
    ("The Western People's Self-Defence Forces shelled the port. The WPSF were founded in 2011.",
     {("Western People's Self-Defence Forces", "WPSF")}, set()),
    ("The Tarvo Popular Council Forces shelled the port. Reporters said TPC, the Tarvo Press Club, was evacuated.",
     set(), {("Tarvo Popular Council Forces", "Tarvo Press Club"), ("Tarvo Popular Council Forces", "TPC")}),
    ("The Norvan Self-Defence Forces took the port. NSF units, the National Security Force, were not involved.",
     set(), {("Norvan Self-Defence Forces", "National Security Force"), ("Norvan Self-Defence Forces", "NSF")}),
    ("The Kessaria Social Democrats won the vote. The Velgaria Social Democrats lost theirs.",
     set(), {("Kessaria Social Democrats", "Velgaria Social Democrats")}),
    ("Marta Kovacic and Ivan Kovacic spoke on Monday. Kovacic said the vote was rigged.",
     set(), {("Marta Kovacic", "Ivan Kovacic"), ("Marta Kovacic", "Kovacic"), ("Ivan Kovacic", "Kovacic")}),
    ("Police arrested Petar Lorvan on Monday. Lorvan Street was closed for hours.",
     set(), {("Petar Lorvan", "Lorvan Street")}),
    ("The Halden Foundation, named for Erik Halden, funded the clinic. Halden died in 2001.",
     set(), {("Halden Foundation", "Erik Halden"), ("Halden Foundation", "Halden")}),
    ("Anna Morel met the Morel Group on Monday. Morel said the group had paid her.",
     set(), {("Anna Morel", "Morel Group")}),
    ("Karl Benner met Lisa Benner. Benner, the carmaker, cut jobs.",
     set(), {("Karl Benner", "Lisa Benner"), ("Karl Benner", "Benner"), ("Lisa Benner", "Benner")}),
    ("A network run by Teodor Vlasnik did not pay voters. Vlasnik denied it.",
     {("Teodor Vlasnik", "Vlasnik")}, set()),
]

XFAIL: dict[str, str] = {
    CASES[5][0]: "a full name of two or three words the tagger took for a body's is not made a person's from its "
                 "surname alone: a unit named for a town the tagger took for a person ('Katiba Tondi' beside "
                 "'Tondi') is shaped the same",
}


def _one_actor(actors: list[set[str]], a: str, b: str) -> bool:
    return any(a in names and b in names for names in actors)


def _check(text: str, same: list[tuple[str, str]], apart: list[tuple[str, str]], actors: list[set[str]]) -> None:
    for a, b in same:
        assert _one_actor(actors, a, b), f"{a!r} and {b!r} not one actor in {text!r}: {actors}"
    for a, b in apart:
        assert not _one_actor(actors, a, b), f"{a!r} and {b!r} made one actor in {text!r}: {actors}"


extracted, test_wording = battery(CASES, XFAIL, "dw", actor_names_each, _check)
