"""An actor's kind from its context when the NER's label is wrong (names in other languages, invented names): the
largest mechanisms of wrong kinds over all development sets, several wordings each, with negatives whose kind
must stay. A rank before a state body's noun ("the General Border Security" is a body, not a general); a body noun set off
by a comma before the name ("a Velnian company, Tavro Quillen,"); a title's own body before a holder's name ("deputy speaker of parliament
Ivo Dask"); a group named by its members in a borrowed plural
("al-Fursan"); "the X leader" (what one leads is a body); two or more names after "the alliance of" (the bodies a
coalition joins); "A B of X" (a person's party); a company's or a charity's noun. All names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_named_kinds, kinds_by_document

pytestmark = pytest.mark.model

P, O = "person", "organization"

# (text, {name: kind the actor must have}, {name: kind the actor must not have})
CASES = [
    # --- a rank or title before a state body's noun: the body, not an officer ---
    ("Police handed the suspects to the General Records Department, which said the files were forged.",
     {"Records Department": O}, {}),
    ("Ivo Dask, who runs General Border Security, visited the port on Friday.",
     {"Ivo Dask": P}, {"Border Security": P, "General Border Security": P}),
    ("Clerks of the General Directorate of Land Records said the survey would be late.",
     {}, {"Directorate of Land Records": P}),
    ("Officers of the General Command said the drills would go on until the spring.",
     {}, {"Command": P, "General Command": P}),
    ("General Ivo Marten said the army would stay in the valley for another year.", {"Ivo Marten": P}, {}),
    ("General Tomas Kreel of the Harrow Party said on Monday that he would stand for the leadership.",
     {"Tomas Kreel": P}, {}),
    # --- a body's noun before a comma, then the name it is in apposition to ---
    ("A Velnian company, Tavro Quillen Osk, opened a plant in the north last year.",
     {"Tavro Quillen Osk": O}, {}),
    ("The movement's electoral list, Sirel al-Tarrin, won four seats in May.", {"Sirel al-Tarrin": O}, {}),
    ("The miners' union, Dorel Vanta, called a strike in the southern pits on Friday.", {"Dorel Vanta": O}, {}),
    ("A spokesman for the party, Ivo Dask, said it would win the vote in the north.", {"Ivo Dask": P}, {}),
    ("She met the party's leader, Anya Perl, on Monday to discuss the budget.", {"Anya Perl": P}, {}),
    # --- a title's own body between "of" and the holder's name: the holder, a person ---
    ("The vote was called by the deputy speaker of parliament Orin Bel Kavath on Tuesday.",
     {"Orin Bel Kavath": P}, {}),
    ("The vice chairman of parliament Tevan Morrick Ashby resigned on Monday.", {}, {"Tevan Morrick Ashby": O}),
    ("The head of the militia Tovar Amit was killed in the raid.", {}, {"Tovar Amit": O}),
    # a noun opening a body's own name is no title's body: the militia, not a member of it
    ("A member of militia Tovar Amit was detained by police in Karsk.", {"Tovar Amit": O}, {}),
    # --- a group named by its members in a borrowed plural ---
    ("al-Fursan said on Friday that its men had burned two trucks on the coast road.",
     {"al-Fursan": O}, {}),
    ("Liwa al-Thuwar said its men had taken the bridge over the river at dawn.", {}, {"Liwa al-Thuwar": P}),
    ("Ivo Thuwar said he would take the bridge over the river at dawn.", {"Ivo Thuwar": P}, {}),
    ("Sheikh Velkan al-Ansar said the talks would resume on Monday.", {}, {"Velkan al-Ansar": O}),
    ("Orsim al-Thuwar, a farmer, said the well had dried up.", {"Orsim al-Thuwar": P}, {}),
    # --- "the X leader": what one leads is a body ---
    ("Harun Tevel, the Beit Ashar leader, spoke to farmers in the valley on Sunday.",
     {"Harun Tevel": P, "Beit Ashar": O}, {}),
    ("Lisel Solan, the Tovar Amit chairwoman, said the talks had failed.", {"Lisel Solan": P, "Tovar Amit": O}, {}),
    ("Ivo Parn, the Dask loyalist, said he would stay in the cabinet.", {"Ivo Parn": P}, {"Dask": O}),
    # an untagged one-word name may be a town's: no body
    ("The Tarnby leader, Ivo Dask, met the governor on Monday.", {"Ivo Dask": P}, {"Tarnby": O}),
    # --- "A B of X": a person's party or body after "of", not a second person ---
    ("Benny Tarvel of Shomer Dalit nodded; the minister did not.", {"Benny Tarvel": P, "Shomer Dalit": O}, {}),
    ("Rana Osk of Tovar Amit said on Monday that the party would stay out.", {"Rana Osk": P, "Tovar Amit": O}, {}),
    ("Rana Osk of Norway said on Monday that she would stay out.", {"Rana Osk": P, "Norway": "country"}, {}),
    ("Rana Osk of Tarnby, a fisherman, said the catch was poor this year.", {"Rana Osk": P}, {"Tarnby": O}),
    ("The letter was signed by Rana Osk of the Harrow Party and Anya Perl.", {"Rana Osk": P, "Anya Perl": P}, {}),
    # --- a company's, a charity's or an armed group's noun (roles.yaml org_nouns) before or inside the name ---
    ("The field is run by a consortium of the Velnian firms Tarro Gas and Orrin Oil.", {"Tarro Gas": O}, {}),
    ("A convoy of the medical charity Sana Vell Nord was stopped on the hill road.", {"Sana Vell Nord": O}, {}),
    ("Tehran refused to let two Northern Sky Airlines planes land on Friday.", {"Northern Sky Airlines": O}, {}),
    ("The ministry listed Kataib Imam Tarrin among the banned groups.", {"Kataib Imam Tarrin": O}, {}),
    # --- two or more names after "the alliance of": the bodies a coalition joins ---
    ("Nine seats are held by the alliance of Shomer Dalit and Derekh Tavor, which met on Sunday.",
     {"Shomer Dalit": O, "Derekh Tavor": O}, {}),
    ("A bloc of Beit Harel, Ometz Dorin and Tzava Lior won twelve seats in the poll.",
     {"Beit Harel": O, "Ometz Dorin": O}, {}),
    ("The coalition of Prime Minister Ivo Dask won the vote on Monday.", {"Ivo Dask": P}, {}),
    ("The alliance of two veterans, Ivo Dask and Anya Perl, won the vote on Monday.",
     {"Ivo Dask": P, "Anya Perl": P}, {}),
    # two persons the text names so elsewhere ("Mr Dask")
    ("The leaders formed an alliance of Ivo Dask and Tomas Verhal before the vote. Mr Dask said the vote was "
     "rigged.", {}, {"Tomas Verhal": O}),
]

XFAIL = {
    "Harun Tevel, the Beit Ashar leader, spoke to farmers in the valley on Sunday.":
        "a name the tagger calls a place keeps its place's cues: 'the X leader' is read only for a name tagged a "
        "person or an organisation, or left untagged and of two words or more (a state's or a town's leader is named so too)",
    "A bloc of Beit Harel, Ometz Dorin and Tzava Lior won twelve seats in the poll.":
        "the parser hangs a list of three names after 'of' on the verb, so no coalition noun owns them",
}


extracted, test_wording = battery(CASES, XFAIL, "k", kinds_by_document, check_named_kinds, empty=dict)


def test_a_company_named_beside_a_states_adjective_is_no_part_of_the_state():
    """Once "a Norwegian company, X," makes X a company, no tie makes it a part of the state (relations.yaml
    same_body_modifiers: a body no state owns); a state's agency so named stays one."""
    from wording_battery import relations_by_document

    got = relations_by_document(["A Norwegian company, Tavro Quillen Osk, opened a plant in the north last "
                                 "year.",
                                 "Fishermen were paid late by the Norwegian state company, Tavro Quillen Osk."], "c")
    assert ("tavro quillen osk", "part_of", "norway") not in got.get("c000", set()), got


def test_a_generic_name_met_only_in_a_longer_form_about_another_state_is_another_body():
    """"Social Democratic Unity" in a story about one state is no short form of the "Social Democratic Unity
    Platform" of a story about another (resolve._generic_name_of_another). (Which of the two a third story about
    the first state then joins depends on the order the stories come in: left open.)"""
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    texts = ["Chile's Social Democratic Unity Platform won the vote in Chile on Sunday, and the Chilean president "
             "conceded.",
             "Norway's prime minister spoke in Norway on Monday. Social Democratic Unity won four seats, and the "
             "Norwegian government fell."]
    ex = extract_documents([Document(id=f"g{i}", text=t) for i, t in enumerate(texts)])
    holders = [a for a in ex.actors if any(n.startswith("Social Democratic Unity") for n in a.names())]
    docs = sorted(tuple(a.documents) for a in holders)
    assert docs == [("g0",), ("g1",)], [(a.name, a.documents) for a in holders]
