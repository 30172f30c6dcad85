"""The story's own state (``PhraseResolver.home_state``) for a bare title ("President X", "Prime Minister Y"), where
an invented state is named seldom or its capital heads every line (a battery written before the fix):

- a daybook's or planner's time-stamped headings ("08:00 - TOWN - CABINET"): the capital in capitals before a spaced
  dash is a dateline's town, not a state whose cabinet or parliament the heading names (``actors._found_states``: a
  spaced dash between two words in capitals is no compound);
- a headline or masthead in capitals that names the state by its adjective ("OSTRAVIAN PRESS SERVICE"), read as
  its name there (``PhraseResolver.home_state``);
- the opening's venue and date ("Address at a rally in Port Halden, Ostravenna, 3 May 2025"): the venue's state is a
  state and the story's (``actors.venue_state_at``), as a dateline's is;
- still open (strict xfail): the lede names the state's head by a title "of" the state ("X, prime minister of Y
  since May, faces ..."), the state named seldom, a foreign power as often in the background;
- a name the text puts before a province's noun ("a clinic in Dorna province") is no state for "the people of Dorna";
- what follows once the home state is set: "Speaker X hosts members of the Velnian parliament" gives X no
  post in Velnia's chamber (the one chamber named is a foreign state's); a body every state has ("the Supreme
  Court") in a document about no one state stays apart from another document's body of a state;
- negatives: an outlet's town after "printed in", a company's town before a date, a province in a venue, a town before its city hall in a heading, the
  head of a company in the lede, a foreign head named in the lede of a story filed from another state, a foreign
  state in a headline's background clause.

Each item lists ties that must be present and ties that must be absent (other ties may be emitted). All names are
invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L, M = "leader_of", "member_of"

CASES = [
    # --- a daybook's headings: the capital in capitals before a spaced dash is a town ---
    ("DESK DIARY - TUESDAY\n\n08:00 - MARLO - CABINET\nPrime Minister Anke Vosterby opens the budget session; "
     "Tesmarra's budget tops the list.\n\n10:00 - MARLO - PARLIAMENT\nTesmarra's parliament debates the grain bill. Police "
     "expect a protest in Marlo.\n\n15:00 - MARLO - PRESIDENCY\nPresident Oren Halkett hosts a lunch for exporters "
     "from Iran.",
     {("Anke Vosterby", L, "Tesmarra"), ("Oren Halkett", L, "Tesmarra")}, {("Oren Halkett", L, "Marlo")}),
    ("PLANNING NOTES\n\n09:30 - DRESKO - GOVERNMENT\nThe cabinet meets on the fuel subsidy. Velorian officials "
     "expect a long session.\n\n11:00 - DRESKO - MINISTRY OF DEFENCE\nDefence Minister Ilan Perk briefs reporters on "
     "the Velorian army's new brigade.\n\n13:00 - DRESKO - PRESIDENCY\nPresident Nela Rusk meets the Turkish "
     "ambassador. Turkey and Russia are both courting the government.",
     {("Nela Rusk", L, "Veloria")}, {("Nela Rusk", L, "Dresko")}),
    ("CITY DESK - WEDNESDAY\n\n08:00 - PALVO - CITY HALL\nMayor Rina Osk opens the new tram depot in Palvo.\n\n"
     "12:00 - PALVO - COURT\nThe trial of two councillors continues.",
     set(), {("Rina Osk", L, "Palvo")}),
    ("Police and a local militia exchanged fire in Dorna on Saturday. The militia's chief says his men serve the "
     "people of Dorna and no one else. Turkey has sent doctors to a clinic in Dorna province. President Tomas Vell "
     "will visit next week.",
     set(), {("Tomas Vell", L, "Dorna")}),
    # --- a head in capitals naming the state by its adjective ---
    ("TESMARRAN PRESS SERVICE - PLANNER\n\n08:00 - MARLO - CABINET\nPrime Minister Anke Vosterby opens the session.\n\n"
     "10:00 - MARLO - EMBASSY\nRussia's ambassador meets reporters. Russia's navy visits the port, and Russia's "
     "defence minister lands at noon.\n\n12:00 - MARLO - PARLIAMENT\nTesmarra's parliament debates the grain bill."
     "\n\n15:00 - MARLO - PRESIDENCY\nPresident Oren Halkett hosts a lunch for exporters.",
     {("Anke Vosterby", L, "Tesmarra"), ("Oren Halkett", L, "Tesmarra")}, {("Oren Halkett", L, "Russia")}),
    ("OSTRAVIA SHELVES GRAIN BILL AFTER VELNIAN WARNING\n\nOstravia's parliament put off the grain bill on Tuesday. "
     "Velnia's foreign minister had called it a threat, Velnia's ambassador protested twice, and Velnia's army held "
     "drills on the border. Prime Minister Ivo Sandrik said the bill would return in May.",
     set(), {("Ivo Sandrik", L, "Velnia")}),
    # --- the opening's venue and date: "in Town, State, 3 May" ---
    ("TRANSCRIPT: Address by Tova Brennaby, leader of the Open Road Party, at a rally in Port Halden, Ostravenna, 3 May "
     "2025\n\nBRENNABY: Thank you! We won nine seats four years ago, and today we have twenty. Prime Minister Sela Varn "
     "has governed for eleven years. She sold the fishing rights to Egypt. Egypt's trawlers empty "
     "our bays, Egypt's banks hold our debt, and Egypt's envoy dines with her cabinet.",
     {("Sela Varn", L, "Ostravenna")}, {("Sela Varn", L, "Egypt")}),
    ("Remarks by Ilse Morr at the opening of the new river bridge in Tarnhal, Kelvaria, "
     "on 9 October 2024.\n\nFriends, this bridge took nine years. President Dan Ollo sent a letter. Russia "
     "sent its ambassador, Russia's bank lent the money, and Russia's engineers built the spans.",
     {("Dan Ollo", L, "Kelvaria")}, {("Dan Ollo", L, "Russia")}),
    ("Statement from Orvik Holdings, Tarvos, 3 May 2025\n\nOrvik Holdings has sold its port shares. Turkey's "
     "regulator approved the sale, and Turkey's banks will pay. President Ivo Danelko of Orvik thanked the staff.",
     set(), {("Ivo Danelko", L, "Tarvos")}),
    ("Speech at the party congress in Halden, Kessa province, 3 May 2025\n\nFriends, welcome. Russia's envoy is "
     "here, and Russia's trade office sent a letter. President Olga Marn sent her greetings.",
     set(), {("Olga Marn", L, "Kessa")}),
    ("[First printed in the Harbour Gazette, Tarnhal, 3 May 2025]\n\nThe ministers met again in Tarnhal on Monday. "
     "Russia's embassy in Tarnhal said its experts would help. Russia's envoy and Russia's engineers toured the dam. "
     "President Elsa Kovran thanked them.",
     set(), {("Elsa Kovran", L, "Tarnhal")}),
    # --- the lede names the state's head by a title "of" the state ---
    ("Why the Kessaly cabinet survived\n\nCOMMENT\n\nDana Velk, prime minister of Kessaly since the spring, has "
     "outlasted her critics once more. On Monday President Ivo Brandolin asked her to form a cabinet again. Her "
     "coalition won 40 of the 120 seats and needed the rest. Saudi Arabia sent money to her allies, and Saudi "
     "Arabia's envoy met two of them. The United States stayed quiet, and Saudi Arabia kept paying.",
     {("Ivo Brandolin", L, "Kessaly")}, {("Ivo Brandolin", L, "Saudi Arabia")}),
    ("Marta Oske, president of Dravonia since 2019, has a problem with the army. Prime Minister Pavel Tarn says the "
     "generals are loyal. Russia trains its officers, Russia sells it rifles, and Russia's envoy sits in on its "
     "meetings, a diplomat said. China wants a port.",
     {("Pavel Tarn", L, "Dravonia")}, {("Pavel Tarn", L, "Russia")}),
    ("Tomas Reyl, the president of the Harbour Trust, spent the week in talks. Egypt and Egypt's banks want a share "
     "of the port, and Egypt's navy uses it. President Ovid Sarnello said nothing.",
     set(), {("Ovid Sarnello", L, "Harbour Trust")}),
    ("NAIROBI, May 2 - The prime minister of Velsia, Ode Marr, arrived in Kenya on Monday for talks on the border. "
     "Kenya's cabinet met on Tuesday, and Kenya's parliament backed the deal. President Njeri Kamathi hosted the "
     "talks.",
     {("Njeri Kamathi", L, "Kenya")}, {("Njeri Kamathi", L, "Velsia")}),
]

LEDE = ("home_state: a lede's head-of-state title 'of' an invented state named seldom ('X, prime minister of Y since "
        "May') does not set the story there (tried: counted like a dateline; 'the government' and 'the opposition' "
        "of the story then went to the state where the gold ties them to the ruling party)")
XFAIL: dict[str, str] = {CASES[i][0]: LEDE for i, case in enumerate(CASES)
                         if " of Dravonia since" in case[0]}


extracted, test_wording = battery(CASES, XFAIL, "hs", relations_by_document, check_ties)


def _extract(texts: list[str]):
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    return extract_documents([Document(id=f"hx{i:03d}", text=t) for i, t in enumerate(texts)])


SPEAKERS = [
    ("TESMARRAN PRESS SERVICE - PLANNER\n\n12:00 - MARLO - PARLIAMENT\nSpeaker Ilka Dremmel hosts visiting members of "
     "the Velnian parliament for lunch.\n\n14:00 - MARLO - DEFENCE\nThe Tesmarran army shows its new "
     "tanks. Tesmarra's government backs the grain bill, and Tesmarran officials will brief reporters."),
    ("Tesmarra's cabinet met on Monday, and Tesmarra's army chief briefed it. Later, Speaker Ilka Dremmel received "
     "members of the Velnian parliament, who came to discuss the river dam."),
]


@pytest.mark.parametrize("text", SPEAKERS)
def test_speaker_heads_no_foreign_chamber(text):
    """"Speaker X hosts members of the Velnian parliament" in a story about another state: X heads no chamber of
    Velnia's (the one chamber named is a foreign state's, not the home state's legislature)."""
    ex = _extract([text])
    names = {a.id: a.name for a in ex.actors}
    wrong = [(names[r.source], r.type, names[r.target]) for r in ex.relations
             if names[r.source] == "Ilka Dremmel" and r.type == "leader_of" and "Veln" in names[r.target]]
    assert not wrong, wrong


def test_every_state_body_of_a_stateless_document_stays_apart():
    """"the Supreme Court" of a document about no one state (two states named as often) is not another document's
    "Federal Supreme Court" of a state that document is about (``resolve.fold_document``)."""
    ex = _extract([
        "Kenya's Federal Supreme Court struck down the land law on Monday. Kenya's parliament must now rewrite it, "
        "Kenya's government said, and Kenya's president agreed.",
        "Velnia and Ostria traded charges over the dam again. The Supreme Court heard the case of two engineers. "
        "Velnia says the dam is legal; Ostria says it is not.",
    ])
    courts = [a for a in ex.actors if "Supreme Court" in a.name]
    assert courts and all(len(a.documents) == 1 for a in courts), [(a.name, a.documents) for a in courts]
