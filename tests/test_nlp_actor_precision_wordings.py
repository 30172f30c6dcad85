"""False and duplicate actors from three general causes, each in several wordings of our own (invented names, end to
end with the real English pipeline), with negatives:

* a title before a surname that makes a second person ("Chairman X" beside "Ana X", "Sister X"): roles.yaml titles
  now hold chairman, chairwoman, chairperson and sister, so the title is stripped and the surname joins the person;
* a Roman number of a document's division ("Chapter II", "Part VI", "Ch. IV", "Sec. III") and the short label
  itself ("Sec", "Art"): roles.yaml division_words and division_abbreviations;
* an English common noun in capitals labelling a numbered document or a heading ("MEMO No. 3", "ERRATUM TO
  NOTICE 2"): roles.yaml document_number_words, or a function word in capitals beside it.

Negatives: a body whose name is written in capitals, a real acronym of two letters, a title that is part of no
person ("the chairman of the board"), a person whose title stays where no full name is given.

Each case: text, {name: kind, or NONE where no actor may carry that name or alias}, number of person actors."""
from __future__ import annotations

import pytest

from wording_battery import NONE, actor_kinds, battery, check_kinds_and_persons

pytestmark = pytest.mark.model

P, O = "person", "organization"

CASES = [
    # --- a title before the surname: one person, not two ---
    ("The Velloran Workers' Federation said its president, Sister Agatha Muronga, had been detained in Tarsel. "
     "Sister Muronga was moved to a prison outside the capital on Friday.",
     {"Agatha Muronga": P, "Sister Muronga": NONE, "Velloran Workers' Federation": O}, 1),
    ("Jonas Keteb, who founded the Dorvanian Liberation Front, rejected the plan. Envoys will travel to Geneva "
     "to see Chairman Keteb in the first week of spring.",
     {"Jonas Keteb": P, "Chairman Keteb": NONE, "Dorvanian Liberation Front": O}, 1),
    ("Chairwoman Lidia Obrenova opened the session of the Marsh Party congress. Delegates cheered when "
     "Chairwoman Obrenova promised a clean campaign.",
     {"Lidia Obrenova": P, "Chairwoman Obrenova": NONE}, 1),
    ("Comrade Teodor Vass addressed the cadres. Later, Chairman Vass signed the new statutes of the Red Orchard "
     "Movement.",
     {"Teodor Vass": P, "Chairman Vass": NONE}, 1),
    ("Brother Emeka Dozie and Sister Ruth Ampofo lead the Kelvani Nurses Guild. Sister Ampofo spoke first.",
     {"Emeka Dozie": P, "Ruth Ampofo": P, "Sister Ampofo": NONE}, 2),
    # --- negatives: a title without a name stays out, a person named once keeps one actor ---
    ("The chairman of the Tarvosi Chamber of Commerce, Ilya Brantov, said exports had fallen.",
     {"Ilya Brantov": P, "Tarvosi Chamber of Commerce": O}, 1),
    ("Talks resumed after Chairperson Odile Fenwa of the Grain Board flew in from Portsel.",
     {"Odile Fenwa": P, "Chairperson Odile Fenwa": NONE}, 1),
    ("The Tarvel Grain Board asked the Chairperson of the Commission to report on the harvest within a month.",
     {"Tarvel Grain Board": O, "of the Commission": NONE}, 0),
    # --- a Roman number of a division, and the division's short form ---
    ("Item 4 - Return of refugees (Part III, clause 9)\nItem 5 - Elections (Sec. IV, clause 12)\n"
     "The Dorvanian Liberation Front has not met either deadline.",
     {"III": NONE, "IV": NONE, "Sec": NONE, "Dorvanian Liberation Front": O}, 0),
    ("Under Chapter II of the charter and Article VI of the protocol, the Sarnel Union must disarm.",
     {"II": NONE, "VI": NONE, "Sarnel Union": O}, 0),
    ("The Ostrel Popular Front rejected Art. IX and Ch. VII of the draft, which it called a trap.",
     {"IX": NONE, "VII": NONE, "Art": NONE, "Ostrel Popular Front": O}, 0),
    # --- a common noun in capitals labelling a numbered document or a heading ---
    ("MEMO No. 3 - TO ALL DISTRICT OFFICERS\nThe Orvalian Farmers Union has called a strike for Monday.",
     {"MEMO": NONE, "Orvalian Farmers Union": O}, 0),
    ("ERRATUM TO NOTICE 2: The Orvalian Farmers Union has not signed any deal with the Ministry of Agriculture.",
     {"ERRATUM": NONE, "Orvalian Farmers Union": O}, 0),
    ("CIRCULAR no. 14\nThe Tessan Teachers' Association will hold its congress in Brevik.",
     {"CIRCULAR": NONE, "Tessan Teachers' Association": O}, 0),
    # --- negatives: a body in capitals, an acronym of two letters ---
    ("The Harbour Defence League (HARBOUR) said it would resist. HARBOUR fighters blocked the port road.",
     {"HARBOUR": O}, 0),
    ("The Kesmarian Union (KU) rejected the budget; KU senators later boycotted the vote.",
     {"KU": O}, 0),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "p", actor_kinds, check_kinds_and_persons)
