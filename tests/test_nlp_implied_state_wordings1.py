"""The state a bare title ("President X", "Prime Minister Y") holds office in, when the document implies it
(``relations._implied_state_ties``), where a reading before the story's own state took another state (a battery
written before the fix):

- a line holding only a place and a date ("Oslo, Norway, 2 June 2024"), under a memo's or a rating note's headline
  and over its sections, is where the report was filed, not a section heading naming the state of the titles below
  it (``relations._heading_state``, ``ingest.dates.place_date_line``);
- a titled person met, no subject, in a sentence whose subject is another state ("Turkey keeps troops there under a
  accord with President X") is not of the state the sentence before was about ("... Moscow calls the claim
  false."): ``relations._introducing_state``;
- a leading verb over the bare "the country", "the state" ("X now heads the state", "X has run the country since
  2019"): the article's state's rule (``relations._ruled_home``), not a rule over ("X ran the country from 2006 to
  2014"), wished for ("wants to lead the country") or over the country's bodies ("runs the country's biggest bank");
- a force post in capitals, its "of" phrase read as a name ("The Chief of the General Staff, X"): the state title
  it spells (``relations._with_of_phrase``), which heads the state's military the text names; not a body's own
  chief ("The Chief of the Harbour Guard, X");
- negatives: a titled person who is the subject of the sentence after one about another state is still that
  state's ("Russia denies arming the rebels. President X said ..."), also with a state as the subject of the
  reported clause ("Turkey, President X said, was welcome"); one met in a sentence about the story's own state's
  doings, or naming the state before again ("Kavel is the hard case. Ostravia wants Kavel's militias disarmed under
  a deal with President X"); a real section heading naming a state still gives it.

Each item lists ties that must be present and ties that must be absent (other ties may be emitted). All names are
invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"

CASES = [
    # --- a place-and-date line under the headline is no section heading ---
    ("BRIEFING: The Republic of Dorvane holds rates\n\nOslo, Norway, 2 June 2024\n\nThe central bank of the Republic "
     "of Dorvane kept its rate at 9 per cent. Dorvane's inflation is falling and Dorvane's parliament passed the "
     "budget.\n\nOUTLOOK\n\nPrime Minister Lisa Quarrel told the Dorvane parliament that the budget would balance. "
     "Dorvane's exports rose.\n\nRISKS\n\nA drought could hurt the harvest.",
     {("Lisa Quarrel", L, "Dorvane")}, {("Lisa Quarrel", L, "Norway")}),
    ("COUNTRY MEMO\n\nAnkara, Turkey, May 3, 2025\n\nVoters in Tesmarra go to the polls on Sunday. Tesmarra's "
     "election commission has registered six parties, and the Tesmarran army will guard the polling stations.\n\n"
     "THE CANDIDATES\n\nPresident Anatol Kresh seeks a third term. His rival, Mara Oskel, leads the Green Front.\n\n"
     "THE STAKES\n\nTesmarra's debt is high.",
     {("Anatol Kresh", L, "Tesmarra")}, {("Anatol Kresh", L, "Turkey")}),
    ("INVESTOR LETTER: Why we still hold Tesmarra's bonds\n\nNairobi, Kenya, 14 March 2025\n\n"
     "Our fund kept its holdings of the Republic of Tesmarra's bonds this quarter. Growth is slow but the harvest "
     "was good.\n\nWHAT MATTERS\n\nPolitics: The Tesmarran Unity Party won 120 of the 200 seats in "
     "the Tesmarran parliament. President Oren Halkett met the opposition leader in May, and the two men signed an "
     "accord. Tesmarra's army still fights rebels in the north.\n\nFINANCING\n\nThe Fund programme expired. Talks "
     "continue.",
     {("Oren Halkett", L, "Tesmarra")}, {("Oren Halkett", L, "Kenya")}),
    # --- a titled person in an oblique place of a sentence about another state's doings ---
    ("Tesmarra's coast guard reported three boardings on Monday. Tesmarra's government says the Tide Front is "
     "armed by Russia; Moscow calls the claim false. Turkey has based a frigate at Tesmarra's main port since an "
     "accord signed with President Selden Tarnow in 2022.",
     {("Selden Tarnow", L, "Tesmarra")}, {("Selden Tarnow", L, "Russia")}),
    ("The Tesmarran army shelled the ridge on Friday, and Tesmarra's foreign ministry blamed the rebels. Russia "
     "rejects the charge. Turkey trains two Tesmarran battalions as part of a deal struck with Prime Minister Ilse "
     "Tavrek in 2023.",
     {("Ilse Tavrek", L, "Tesmarra")}, {("Ilse Tavrek", L, "Russia")}),
    # --- negatives: the sentence before still introduces a titled subject's state ---
    ("Tesmarra's parliament met on Monday. Russia denies arming the rebels. President Ilya Trastow said Moscow wanted "
     "calm in Tesmarra.",
     {("Ilya Trastow", L, "Russia")}, {("Ilya Trastow", L, "Tesmarra")}),
    ("Tesmarra's parliament met on Monday. Russia said it would send an envoy. Turkey, President Ilya Trastow said, was "
     "welcome to join the talks.",
     {("Ilya Trastow", L, "Russia")}, {("Ilya Trastow", L, "Tesmarra")}),
    ("Tesmarra's parliament met on Monday, and Tesmarra's army guarded the building. The Republic of Dorvane is the "
     "hard case. Tesmarra wants Dorvane's border militias to disarm under a deal signed with President Anto Pernow.",
     {("Anto Pernow", L, "Dorvane")}, {("Anto Pernow", L, "Tesmarra")}),
    ("Tesmarra's parliament met on Monday, and Tesmarra's army guarded the building. The Republic of Dorvane is the "
     "hard case. Tesmarra hopes for a border deal with President Anto Pernow before the winter.",
     {("Anto Pernow", L, "Dorvane")}, {("Anto Pernow", L, "Tesmarra")}),
    # --- a state's force post written in capitals ("The Chief of the General Staff, X") heads its named military ---
    ("Tesmarra's parliament met on Monday. The Tesmarran Armed Forces guarded the building. The Chief of the General "
     "Staff, Lieutenant-General Piet Hallam, has advised that the army can take in 500 recruits a year.",
     {("Piet Hallam", L, "Tesmarra military")}, set()),
    ("Tesmarra's parliament met on Monday. The Tesmarran Armed Forces guarded the building. The Chief of Defence "
     "Staff, Air Marshal Piet Hallam, told the deputies that the budget was too small.",
     {("Piet Hallam", L, "Tesmarra military")}, set()),
    ("Tesmarra's parliament met on Monday. The Tesmarran Armed Forces guarded the building. The Chief of the Harbour "
     "Guard, Piet Hallam, told the deputies that the budget was too small.",
     set(), {("Piet Hallam", L, "Tesmarra military")}),
    # --- a real section heading naming a state still places the titles under it ---
    ("WEEKLY DIGEST\n\nTESMARRA: A NEW BUDGET\n\nTesmarra's parliament passed the budget on Tuesday after a long "
     "debate.\n\nFinance Minister Kalle Roan said the deficit would fall.\n\nDORVANE: FLOODS\n\nDorvane's army "
     "evacuated three villages on Monday after the river burst its banks.\n\nPrime Minister Lisa Quarrel visited "
     "the camps.",
     {("Lisa Quarrel", L, "Dorvane")}, {("Lisa Quarrel", L, "Tesmarra")}),
    # --- "X now heads the state": a leading verb over the bare "the country" is the article's state's rule ---
    ("Tesmarra's parliament met on Monday in the Tesmarran capital, and Tesmarra's army guarded the building. "
     "Ivo Sark, a former tank commander who now heads the state, stayed away from the session.",
     {("Ivo Sark", L, "Tesmarra")}, set()),
    ("Tesmarra's parliament passed the budget on Monday, and Tesmarra's army guarded the building. Ivo Sark has run "
     "the country since 2019 with the help of three loyal generals.",
     {("Ivo Sark", L, "Tesmarra")}, set()),
    ("Tesmarra's parliament passed the budget on Monday, and Tesmarra's army guarded the building. Dora Venn, the "
     "widow of a general, effectively rules the nation from her villa on the coast.",
     {("Dora Venn", L, "Tesmarra")}, set()),
    ("Tesmarra's parliament passed the budget on Monday, and Tesmarra's army guarded the building. Ivo Sark, who ran "
     "the country from 2006 to 2014, now lives abroad.",
     set(), {("Ivo Sark", L, "Tesmarra")}),
    ("Tesmarra's parliament passed the budget on Monday, and Tesmarra's army guarded the building. Ivo Sark runs the "
     "country's biggest bank.",
     set(), {("Ivo Sark", L, "Tesmarra")}),
    ("Tesmarra's parliament passed the budget on Monday, and Tesmarra's army guarded the building. Ivo Sark says he "
     "wants to lead the country one day.",
     set(), {("Ivo Sark", L, "Tesmarra")}),
    ("Tesmarra and Dorvane signed a border treaty on Monday; Dorvane's parliament and Tesmarra's parliament must "
     "ratify it. Ivo Sark now heads the state.",
     set(), {("Ivo Sark", L, "Tesmarra"), ("Ivo Sark", L, "Dorvane")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "is1", relations_by_document, check_ties)
