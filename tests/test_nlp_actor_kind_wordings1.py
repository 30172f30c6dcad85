"""An actor's kind from its context when the NER's label is wrong (names in other languages, invented names): the
largest mechanisms of wrong kinds over all development sets, several wordings each, with negatives whose kind
must stay. A rank before a state body's noun ("the General Security" is a body, not a general); a body noun set off
by a comma before the name ("a Velnian company, Brisk Orrin,"); a title's own body before a holder's name ("deputy speaker of parliament
Ivo Dask"); a group named by its members in a borrowed plural
("al-Fursan"); "the X leader" (what one leads is a body); two or more names after "the alliance of" (the bodies a
coalition joins). All names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery_params

pytestmark = pytest.mark.model

P, O = "person", "organization"

# (text, {name: kind the actor must have}, {name: kind the actor must not have})
CASES = [
    # --- a rank or title before a state body's noun: the body, not an officer ---
    ("The ban followed the arrest of ten men by the General Intelligence Department, which said the cell had made "
     "rockets.", {"Intelligence Department": O}, {}),
    ("Ivo Dask, the acting head of General Security, met faction leaders in the camp on Tuesday.",
     {"Ivo Dask": P}, {"Security": P, "General Security": P}),
    ("The convoy was stopped at the headquarters of the General Directorate of Elections in the capital.",
     {}, {"Directorate of Elections": P}),
    ("Officers of the General Command said the drills would go on until the spring.",
     {}, {"Command": P, "General Command": P}),
    ("General Ivo Marten said the army would stay in the valley for another year.", {"Ivo Marten": P}, {}),
    ("General Tomas Kreel of the Harrow Party said on Monday that he would stand for the leadership.",
     {"Tomas Kreel": P}, {}),
    # --- a body's noun before a comma, then the name it is in apposition to ---
    ("A Velnian company, Brisk Orrin Tarsa, said it had not made the devices and blamed a licensee.",
     {"Brisk Orrin Tarsa": O}, {}),
    ("The movement's political list, Wafa al-Tarrin, has nine seats in the assembly.", {"Wafa al-Tarrin": O}, {}),
    ("The miners' union, Dorel Vanta, called a strike in the southern pits on Friday.", {"Dorel Vanta": O}, {}),
    ("A spokesman for the party, Ivo Dask, said it would win the vote in the north.", {"Ivo Dask": P}, {}),
    ("She met the party's leader, Anya Perl, on Monday to discuss the budget.", {"Anya Perl": P}, {}),
    # --- a title's own body between "of" and the holder's name: the holder, a person ---
    ("A fourth lawmaker, deputy speaker of parliament Orin Bel Vasko, was expelled in the spring.",
     {"Orin Bel Vasko": P}, {}),
    ("The vice chairman of parliament Tevan Morrick Sule resigned on Monday.", {}, {"Tevan Morrick Sule": O}),
    ("The head of the militia Tovar Amit was killed in the raid.", {}, {"Tovar Amit": O}),
    # --- a group named by its members in a borrowed plural ---
    ("The government says eleven attackers were killed; al-Fursan claims it killed dozens of soldiers.",
     {"al-Fursan": O}, {}),
    ("Liwa al-Thuwar said its men had taken the bridge over the river at dawn.", {}, {"Liwa al-Thuwar": P}),
    ("Ivo Thuwar said he would take the bridge over the river at dawn.", {"Ivo Thuwar": P}, {}),
    # --- "the X leader": what one leads is a body ---
    ("Ivo Parn, the Kehilat Dorem leader and security minister, said he would stay in the cabinet.",
     {"Ivo Parn": P, "Kehilat Dorem": O}, {}),
    ("Mira Solan, the Tovar Amit chairwoman, said the talks had failed.", {"Mira Solan": P, "Tovar Amit": O}, {}),
    ("Ivo Parn, the Dask loyalist, said he would stay in the cabinet.", {"Ivo Parn": P}, {"Dask": O}),
    # --- two or more names after "the alliance of": the bodies a coalition joins ---
    ("The seven seats belong to the alliance of Shomer Dalit and Derekh Tavor, whose members walked out.",
     {"Shomer Dalit": O, "Derekh Tavor": O}, {}),
    ("A bloc of Beit Harel, Ometz Dorin and Tzava Lior won twelve seats in the poll.",
     {"Beit Harel": O, "Ometz Dorin": O}, {}),
    ("The coalition of Prime Minister Ivo Dask won the vote on Monday.", {"Ivo Dask": P}, {}),
    ("The alliance of two veterans, Ivo Dask and Anya Perl, won the vote on Monday.",
     {"Ivo Dask": P, "Anya Perl": P}, {}),
]

XFAIL = {
    "A bloc of Beit Harel, Ometz Dorin and Tzava Lior won twelve seats in the poll.":
        "the parser hangs a list of three names after 'of' on the verb, so no coalition noun owns them",
}


def kinds_by_document(texts: list[str], prefix: str) -> dict[str, dict[str, str]]:
    """Extract each text as its own document in one run: {document: {actor name: kind}}."""
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    ex = extract_documents([Document(id=f"{prefix}{i:03d}", text=text) for i, text in enumerate(texts)])
    got: dict[str, dict[str, str]] = {}
    for a in ex.actors:
        for d in a.documents:
            for n in a.names():
                got.setdefault(d, {})[n] = a.kind
    return got


@pytest.fixture(scope="module")
def extracted():
    return kinds_by_document([text for text, _, _ in CASES], "k")


@pytest.mark.parametrize("i", battery_params(CASES, XFAIL, "k"))
def test_wording(extracted, i):
    text, want, not_want = CASES[i]
    got = extracted.get(f"k{i:03d}", {})
    wrong = {n: got.get(n) for n, k in want.items() if got.get(n) != k}
    wrong |= {n: got.get(n) for n, k in not_want.items() if got.get(n) == k}
    assert not wrong, (text, "wrong", wrong, "got", got)


def test_a_company_named_beside_a_states_adjective_is_no_part_of_the_state():
    """Once "a Norwegian company, X," makes X a company, no tie makes it a part of the state (relations.yaml
    same_body_modifiers: a body no state owns); a state's agency so named stays one."""
    from test_nlp_relations_blind_wordings import relations_by_document

    got = relations_by_document(["A Norwegian company, Brisk Orrin Tarsa, said it had not made the devices and "
                                 "blamed a licensee.",
                                 "Gold miners were paid late by the Norwegian state company, Brisk Orrin Tarsa."], "c")
    assert ("brisk orrin tarsa", "part_of", "norway") not in got.get("c000", set()), got
