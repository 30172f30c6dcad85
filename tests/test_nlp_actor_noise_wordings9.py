"""Layout pieces of non-news documents read as actors, and names cut by a hard wrap.

(1) A venue's part with its number or letter ("Screen 3", "Hall C", "Levels 4-5": roles.yaml
division_words, a range of numbers included) is a place in a building, a site or a timetable, no body
(actors._numbered_division). Negative: a body's name holding such a word with no number after it stays.

(2) A capital's name that ends a person's full name in the same text ("Readers will know Carlos Lima ... Lima was
charged", "Marko Valletta ... Valletta was charged", however the NER tags the full name) is that person's surname,
no metonym of the capital's state (actors._capital_as_surname). Negatives: the capital as a place where the state is
named too, and a dateline ("LIMA, May 3 -"), stay the state.

(3) A time of day after a place in a timetable ("time gates: Tarna 11:45, Velika Gora 13:30") is no word of a name
(actors: the time is trimmed).

(4) A lettered list's letter ("A. Water and heat: ...", "B. ...", "C. ...", "D. Ports and trade: ...") is the item's
letter, no person's initial: "D. Ports" is no actor (actors._lettered_item). Negative: two persons' initials in a
list ("A. Brell", "B. Marsh") make no lettered list.

(5) Hard-wrapped prose read with its wrapped breaks as spaces, a break that cuts a name included ("... the Alliance
for Patriotic" / "Renewal and Unity, whose ...", "... led by Tomas" / "Velkern, a former officer": pipeline.
unwrap_lines), so the name is read whole. Negative: a list of names one a line keeps its breaks.

(6) A document named by its kind ("the Exhibitor Manual", "the Offer Memorandum", "the Volunteer Handbook", "the
Editor's Background Notes": roles.yaml law_text_heads), a building's way in or hall ("the North Entrance", "the Main
Foyer": facility_heads) and a repository's file ("your README": page_words) are no actors. Negative: a body whose
name holds such a word before its own noun ("the Manual Workers' Union") stays.

Each case names the actors it must hold (with their kind) and false ones (NONE). All names are invented; end to end
with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NONE, actor_kinds, battery, check_kinds

pytestmark = pytest.mark.model

O, P, C = "organization", "person", "country"

# a hard-wrapped paragraph, cut at about 110 characters, around the line that cuts a name
WRAP_HEAD = ("The film is clear-eyed about the politics of the small republic and about the men who ran it for two\n"
             "decades. The president, once the candidate of an opposition coalition built around a single strong\n")
WRAP_TAIL = ("\nbut the wing split again within a year, and the courts were asked to rule on which of them kept the name,\n"
             "the seats and the money of the old party; they have not yet ruled, and the case has been adjourned.\n")

CASES = [
    # --- (1) a venue's numbered or lettered part ---
    ("Saturday 24 May, 18:15, Screen 3 (Q&A follows, approx. 40 min) | Sunday 25 May, 13:00, Screen 5 (no Q&A)\n"
     "The film follows the Velmor Front's war.",
     {"Screen 3": NONE, "Screen 5": NONE, "Velmor Front": O}),
    ("Exhibitors with stands in Hall C must send staff lists. The Kessa Union will visit Hall C.",
     {"Hall C": NONE, "Kessa Union": O}),
    ("Venue: Tarnby Innovation Park, Building 2 (Harbour Tower), Levels 4-5\nDates: 4-6 May\n\n"
     "The Kessa Union sponsors the event.",
     {"Levels 4-5": NONE, "Kessa Union": O}),
    # --- negative: a body's name with such a word and no number ---
    ("The Kessa Hall Workers' Union called a strike on Monday.",
     {"Kessa Hall Workers' Union": O}),
    # --- (2) a capital ending a person's full name ---
    ("Readers will recognise Carlos Lima, the former interior minister of Velmora. Lima was charged with bribery in "
     "March. He denies it.",
     {"Carlos Lima": P, "Peru": NONE}),
    ("The novel's villain is modelled on Marko Valletta, a former Kessan minister. Valletta was charged in 2022.",
     {"Malta": NONE}),
    # --- negatives: the capital as a place, a dateline ---
    ("The minister flew to Lima on Monday to meet officials of Peru's foreign ministry. Carlos Lima, a Velmoran "
     "diplomat, went with her.",
     {"Carlos Lima": P, "Peru": C}),
    ("LIMA, May 3 - Carlos Lima, a Velmoran envoy, met officials. Lima said the talks went well.",
     {"Peru": C}),
    # (the state named only by its adjective or another name: "What Lima wants" is the state's wish)
    ("From the Peruvian press. What Lima wants is simple: calm on the border. Peruvian officers train the Velmoran "
     "units.",
     {"Peru": C}),
    # --- (3) a time of day after a place ---
    ("Feed zones and time gates: Tarna 11:45, Velika Gora 13:30. Each time gate closes 15 minutes after the cut-off.",
     {"Velika Gora 13:30": NONE}),
    ("Cut-off times: Orvelin 10:15, Marta Dolina 12:40, Sveta Gora 14:05.",
     {"Sveta Gora 14:05": NONE}),
    # --- (4) a lettered list's letter ---
    ("Challenge tracks:\nA. Water and heat: desalination demand forecasting.\nB. Mobility: bus on-time performance.\n"
     "C. Civic data: open records.\nD. Ports and trade: container dwell times at Tarn harbour.\n\n"
     "The Velmoran Grid Agency sponsors the event.",
     {"D. Ports": NONE, "Ports": NONE, "Velmoran Grid Agency": O}),
    ("Themes:\nA. Water: river levels.\nB. Roads: traffic counts.\nC. Schools and health: clinic waiting times.\n\n"
     "The Kessa Union sponsors the event.",
     {"C. Schools": NONE, "Schools": NONE, "Kessa Union": O}),
    # --- (5) a name cut by a hard wrap ---
    (WRAP_HEAD + "party, fell out with its leader in 2019 and now relies on a wing of the old ruler's party, the Alliance for Patriotic\n"
     "Renewal and Unity, whose leaders signed a pact with him in 2021. The old ruler denounced the pact at once,"
     + WRAP_TAIL,
     {"Alliance for Patriotic Renewal and Unity": O, "Alliance for Patriotic": NONE}),
    (WRAP_HEAD + "party, fell out with its leader in 2019; the True Velmora party, with 39 seats in the chamber, is led by Tomas\n"
     "Velkern, a former army officer who has promised to put the money back in the villages before the next vote,"
     + WRAP_TAIL,
     {"Tomas Velkern": P, "Tomas": NONE, "True Velmora": O}),
    # --- (6) a document, a way in, a file ---
    ("This update replaces sections 3.2 and 9 of the Exhibitor Manual. The Kessa Union will picket Hall B.",
     {"Exhibitor Manual": NONE, "Hall B": NONE, "Kessa Union": O}),
    ("Read the Offer Memorandum before you vote. The Velmor Front denies the charge.",
     {"Offer Memorandum": NONE, "Velmor Front": O}),
    ("Bring the Volunteer Handbook on day one. The Kessa Union runs the site.",
     {"Volunteer Handbook": NONE, "Kessa Union": O}),
    ("Tessaly: with the Editor's Background Notes\nCompiled October 2025. The Kessan Navy patrols the bay.",
     {"Background Notes": NONE, "Kessan Navy": O}),
    ("Meet in the Main Foyer at 9. The Velmor Front denies the charge.",
     {"Main Foyer": NONE, "Velmor Front": O}),
    # --- negative: a body's name with such a word before its noun ---
    ("The Manual Workers' Union called a strike at the port on Monday.",
     {"Manual Workers' Union": O}),
    # --- negative: names one a line ---
    ("Partners of the festival, with thanks for their support over the past five years of the programme:\n"
     "Kessa Union\nVelmor Front\n",
     {"Kessa Union": O, "Velmor Front": O, "Kessa Union Velmor Front": NONE}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "n9", actor_kinds, check_kinds)
