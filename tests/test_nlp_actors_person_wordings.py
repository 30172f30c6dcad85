"""Invented people in the places where news names people, written before reading the actor rules (a blind battery):
the subject of a plain verb, after a role title, in apposition with a role, in "Name (Party)" and "Name (Party,
Region)" lists, in a quote's attribution ("..., said Name."), as the object of a preposition. Given names of many
origins (Arabic, Slavic, West African, South Asian, Latin American, East Asian, Dutch), two- and three-part names,
names with particles (al-, bin, van, de la). Negatives: two-word organisation names, places, "Party Congress".

Each item lists the people that must be found (kind person, the full name), names that must NOT be a person, and
member_of ties that must be present. Every text is its own document; all names are invented; end to end with the real
English pipeline. Names are compared without case and a leading "the"."""
from __future__ import annotations

import pytest

from wording_battery import battery_params

pytestmark = pytest.mark.model

M = "member_of"

# (text, people, names that are not people, member_of ties (person, party))
CASES = [
    # --- subject of a plain verb ---
    ("Bogdan Vrelic resigned on Tuesday.", {"Bogdan Vrelic"}, set(), set()),
    ("Chidi Okonwe told reporters that the vote would go ahead.", {"Chidi Okonwe"}, set(), set()),
    ("Priyanka Deshmal visited the flooded district on Sunday.", {"Priyanka Deshmal"}, set(), set()),
    ("Karim al-Tawfi denied any wrongdoing.", {"Karim al-Tawfi"}, set(), set()),
    ("Dragana Pelc sits for the Unity Bloc in the assembly.", {"Dragana Pelc"}, set(),
     {("Dragana Pelc", "Unity Bloc")}),
    ("Nkechi Obiora is a senior member of the Green Dawn party.", {"Nkechi Obiora"}, set(),
     {("Nkechi Obiora", "Green Dawn")}),
    ("Maria Fernanda Ocampo Rius won the runoff by a wide margin.", {"Maria Fernanda Ocampo Rius"}, set(), set()),
    # --- after a role title ---
    ("Senator Amara Diallou criticised the budget.", {"Amara Diallou"}, set(), set()),
    ("Finance Minister Arjun Raghavar unveiled the new tax plan.", {"Arjun Raghavar"}, set(), set()),
    ("MP Kwabena Asare-Mensu walked out of the chamber.", {"Kwabena Asare-Mensu"}, set(), set()),
    ("Coastal League MP Hamid Osmani asked about the harbour.", {"Hamid Osmani"}, {"Coastal League MP Hamid Osmani"},
     {("Hamid Osmani", "Coastal League")}),
    ("Unity Bloc deputy Svetlana Orlik voted against the bill.", {"Svetlana Orlik"}, set(),
     {("Svetlana Orlik", "Unity Bloc")}),
    ("The Hon. Rukhsana Baig (Unity Bloc) rose to ask about the harbour.", {"Rukhsana Baig"}, set(),
     {("Rukhsana Baig", "Unity Bloc")}),
    ("Questions were put by Hon. Ayodele Fashanu and Hon. Lerato Mokoena.", {"Ayodele Fashanu", "Lerato Mokoena"},
     set(), set()),
    # --- in apposition with a role ---
    ("Yusuf bin Hamdan Qaliri, an adviser to the council, resigned.", {"Yusuf bin Hamdan Qaliri"}, set(), set()),
    ("Liang Weiming, the mayor of Dostrel, opened the bridge.", {"Liang Weiming"}, {"Dostrel"}, set()),
    ("Ines Varcolu, a deputy for the Unity Bloc, walked out.", {"Ines Varcolu"}, set(),
     {("Ines Varcolu", "Unity Bloc")}),
    ("Pieter van Doorle, a spokesman for the Coastal League, declined to comment.", {"Pieter van Doorle"}, set(),
     {("Pieter van Doorle", "Coastal League")}),
    # --- "Name (Party)" and "Name (Party, Region)" lists ---
    ("Tariq Mansouri (Unity Bloc) asked about the harbour tender.", {"Tariq Mansouri"}, set(),
     {("Tariq Mansouri", "Unity Bloc")}),
    ("The motion was backed by Teodor Marinescu (Harvest Party), Sadia Rahmani (Unity Bloc) and Oskar Lindqvar "
     "(Coastal League).", {"Teodor Marinescu", "Sadia Rahmani", "Oskar Lindqvar"}, set(),
     {("Teodor Marinescu", "Harvest Party"), ("Sadia Rahmani", "Unity Bloc"), ("Oskar Lindqvar", "Coastal League")}),
    ("Present: Jaroslav Kmentik (Iron Front), Anjali Suresh Varma (Harvest Party), Femi Adeyanju (Green Dawn).",
     {"Jaroslav Kmentik", "Anjali Suresh Varma", "Femi Adeyanju"}, set(),
     {("Jaroslav Kmentik", "Iron Front"), ("Anjali Suresh Varma", "Harvest Party"), ("Femi Adeyanju", "Green Dawn")}),
    ("Speakers in the debate were Farid Haddoush (Unity Bloc, Northern Province) and Oluwaseun Adekola (Green Dawn, "
     "Eastern Province).", {"Farid Haddoush", "Oluwaseun Adekola"}, {"Northern Province", "Eastern Province"},
     {("Farid Haddoush", "Unity Bloc"), ("Oluwaseun Adekola", "Green Dawn")}),
    ("Elected in the northern district: Miroslava Tenc (Iron Front), 12,400 votes; Rohan Pillairaj (Coastal League), "
     "9,800 votes.", {"Miroslava Tenc", "Rohan Pillairaj"}, set(),
     {("Miroslava Tenc", "Iron Front"), ("Rohan Pillairaj", "Coastal League")}),
    ("The panel heard Vesna Horvak (Deputy Chair, Harvest Party) and Malik Osei (Unity Bloc).",
     {"Vesna Horvak", "Malik Osei"}, {"Deputy Chair"}, {("Vesna Horvak", "Harvest Party"), ("Malik Osei", "Unity Bloc")}),
    ("Present: Hon. Nadia Keita-Sangare (League for Work and Renewal); Hon. Ivo Marek (Harvest Party).",
     {"Nadia Keita-Sangare", "Ivo Marek"}, set(),
     {("Nadia Keita-Sangare", "League for Work and Renewal"), ("Ivo Marek", "Harvest Party")}),
    # --- quote attribution ---
    ('"We will not back down," said Joaquin de la Varela.', {"Joaquin de la Varela"}, set(), set()),
    ('"The talks are over," Ayesha Qadirani said on Friday.', {"Ayesha Qadirani"}, set(), set()),
    ('"It was a mistake," said Tran Minh Khoa, a spokesman for the ministry.', {"Tran Minh Khoa"}, set(), set()),
    ('"The people have spoken," said Rosa Itzel Campos, who leads the Green Dawn.', {"Rosa Itzel Campos"}, set(),
     set()),
    # --- object of a preposition ---
    ("Reporters spoke with Ifeoma Nwachukwu after the rally.", {"Ifeoma Nwachukwu"}, set(), set()),
    ("The letter was signed by Rustam Kadyrbek and two other deputies.", {"Rustam Kadyrbek"}, set(), set()),
    ("The prize went to Seo-yeon Hwangbo for her reporting.", {"Seo-yeon Hwangbo"}, set(), set()),
    ("The minister met Zoran Petkovski and Aditya Mehrani on Monday.", {"Zoran Petkovski", "Aditya Mehrani"}, set(),
     set()),
    ("The Osmanli-led Unity Bloc won the most seats.", set(), {"Osmanli"}, set()),
    # --- negatives: organisations, places, bodies ---
    ("The Harvest Party held a rally in Port Selwyn.", set(), {"Harvest Party", "Port Selwyn"}, set()),
    ("The Party Congress opened on Monday in the capital.", set(), {"Party Congress"}, set()),
    ("Kestrel Mining announced three hundred layoffs.", set(), {"Kestrel Mining"}, set()),
    ("Radio Meridian reported heavy clashes near the border.", set(), {"Radio Meridian"}, set()),
    ("Northern Province voted heavily for the Unity Bloc.", set(), {"Northern Province", "Unity Bloc"}, set()),
    ("Delegates from Green Dawn and the Coastal League met in Varenholt.", set(),
     {"Green Dawn", "Coastal League", "Varenholt"}, set()),
    ("Silverline Transport said the strike would cost millions.", set(), {"Silverline Transport"}, set()),
    ("The Supreme Council rejected the appeal on Thursday.", set(), {"Supreme Council"}, set()),
]

GREEN = "a bracketed party's name with no group noun ('(Green Dawn)') is not told from a name's translation"
XFAIL: dict[str, str] = {
    "Present: Jaroslav Kmentik (Iron Front), Anjali Suresh Varma (Harvest Party), Femi Adeyanju (Green Dawn).": GREEN,
    "Speakers in the debate were Farid Haddoush (Unity Bloc, Northern Province) and Oluwaseun Adekola (Green Dawn, "
    "Eastern Province).": GREEN,
    "Reporters spoke with Ifeoma Nwachukwu after the rally.":
        "the NER tags the name an organisation and the object of 'with' is no person's place only",
    "Kestrel Mining announced three hundred layoffs.":
        "an organisation's name of two capitalised words ties person and organisation votes; the tie goes to person",
    "Radio Meridian reported heavy clashes near the border.":
        "an organisation's name of two capitalised words ties person and organisation votes; the tie goes to person",
}


def _norm(name: str) -> str:
    name = name.lower().strip().replace("\u2019", "'")
    name = name[4:] if name.startswith("the ") else name
    return name[:-6] if name.endswith(" party") else name  # ("the Green Dawn party": the party's name either way)


@pytest.fixture(scope="module")
def extracted():
    """{document: ({(name, kind)}, {(person, party)})}: every text its own document, one run."""
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    texts = [text for text, _, _, _ in CASES]
    ex = extract_documents([Document(id=f"p{i:03d}", text=text) for i, text in enumerate(texts)])
    names = {a.id: _norm(a.name) for a in ex.actors}
    got: dict[str, tuple[set, set]] = {f"p{i:03d}": (set(), set()) for i in range(len(texts))}
    for a in ex.actors:
        for d in a.documents:
            if d in got:
                got[d][0].add((_norm(a.name), a.kind))
    for r in ex.relations:
        if r.type == M and r.evidence.document in got:
            got[r.evidence.document][1].add((names[r.source], names[r.target]))
    return got


@pytest.mark.parametrize("i", battery_params(CASES, XFAIL, "p"))
def test_person_wording(extracted, i):
    text, people, not_people, ties = CASES[i]
    actors, members = extracted[f"p{i:03d}"]
    persons = {n for n, k in actors if k == "person"}
    missing = {_norm(p) for p in people} - persons
    wrong = {_norm(p) for p in not_people} & persons
    no_tie = {(_norm(p), _norm(o)) for p, o in ties} - members
    assert not missing and not wrong and not no_tie, (text, "missing", missing, "wrong", wrong, "no tie", no_tie,
                                                      "actors", sorted(actors), "ties", sorted(members))
