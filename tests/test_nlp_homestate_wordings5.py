"""The state a document's header names as its subject (``relations.PhraseResolver._header_states``), read by
``home_state`` for the bare titles of a memo, a notice, lecture notes or an exported chat: a field naming the subject
("Subject: X leg - changes", "Country: X"), a title line ("Week 6 - X: the minority government that survived"), a
quoted title ('Exported conversation: "X background for investors"') and a short opening line ("Notes on X.") make X
the document's state, though a foreign power (the background of its affairs) is named more often. Negatives: a
schedule segment of the header holding a clock time ("Concert 19:30, Harbour Hall, X") is no headline state; a place
field ("Venue: ..., X") names no subject; a header naming two states ("X and Y sign ferry pact") gives neither the
bare title. All persons are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"

CASES = [
    ("From: Tour Office, Harwick Brass Ensemble\nTo: All players and crew\nDate: 2 October 2025\nSubject: Lithuania leg - changes to the second concert\n\nDear all,\n\nMany of you asked about the dates after last week's news. The tour goes ahead.\n\nWhat is going on\nThe government of Prime Minister Ilse Marrow fell on Friday after a confidence vote. Russia has been blamed for cyber attacks, and Russia's embassy denied it. Russian gas is no longer bought, and Russia remains the main worry of the public. Lithuania will hold new elections in spring.\n",
     {("Ilse Marrow", L, "Lithuania")}, {("Ilse Marrow", L, "Russia")}),
    ("HIST 310: Small States in Europe\nWeek 6 - Portugal: the minority government that survived\nLecture notes (posted to the course site)\n\nThe caretaker period ended when Prime Minister Tomas Verde won the confidence vote. Spain had warned about water rights, Spanish farmers protested, and Spain's ministers complained. Spain and France were the main trading partners, and Spain sent an envoy. Portugal's parliament passed the budget.\n",
     {("Tomas Verde", L, "Portugal")}, {("Tomas Verde", L, "Spain")}),
    ('Exported conversation: "Latvia background for investors"\nAssistant: research helper (beta). Exported 3 May 2025.\n\nUSER: Who runs the country?\n\nASSISTANT: Prime Minister Anna Selga leads a three-party coalition. Russia is the main security concern; Russia\'s troops are near the border and Russia has threatened reprisals. Sweden and Germany are close partners. Latvia joined the euro in 2014.\n',
     {("Anna Selga", L, "Latvia")}, {("Anna Selga", L, "Russia")}),
    ('Notes on Namibia. Dario Pell won the presidency.\n',
     {("Dario Pell", L, "Namibia")}, set()),
    ("ON TOUR | Concert 19:30, Harbour Hall, Lithuania | 3 June 2025\nNotes for the players\n\nThe players asked about the coalition. Prime Minister Anna Selga's coalition holds. Latvia's parliament passed the budget, and Latvia's central bank cut rates. Lithuania was calm and Lithuania's buses run.\n",
     set(), {("Anna Selga", L, "Lithuania")}),
    ("From: Tour Office, Harwick Brass Ensemble\nTo: All players and crew\nVenue: Concert Hall, Vilnius, Lithuania\nDate: 2 October 2025\n\nDear all,\n\nThe concert goes ahead. Prime Minister Ilse Marrow of Latvia praised the programme. Latvia's embassy will send guests, and Latvia has paid for the coach. Latvia's culture ministry thanked us.\n",
     set(), {("Ilse Marrow", L, "Lithuania")}),
    ("Subject: Namibia and Lithuania sign ferry pact\n\nNamibia and Lithuania signed a ferry pact on Monday. Namibia's transport ministry and Lithuania's transport ministry will share costs. Prime Minister Dario Pell called it a good day. Lithuania and Namibia will meet again in May.\n",
     set(), {("Dario Pell", L, "Namibia"), ("Dario Pell", L, "Lithuania")}),
]

XFAIL: dict[str, str] = {
    "Notes on Namibia. Dario Pell won the presidency.\n":
        "a first line of no header layout (no field, dash, '|' segment or line above it) does not weigh like a "
        "dateline: a short first sentence of prose would too ('Australia has sent a frigate.' over a defence "
        "minister's words; test_nlp_relations.py)",
}


extracted, test_wording = battery(CASES, XFAIL, "hs5", relations_by_document, check_ties)
