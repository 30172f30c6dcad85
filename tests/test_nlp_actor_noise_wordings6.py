"""A page's furniture read as actors: a staff list's posts and a heading's "US".

(1) A staff or committee list, one "Post: Name" line each ("Deputy Director: Ana Sol", "Board Chair: Ivo Dask",
"Press Officer: Tam Orr"): the value of a line whose label is a role (roles.yaml leader_roles, member_roles), also
after a rank or a board's word ("Deputy", "Board", "Executive"), is a person when it is shaped as one, whatever the
tagger called it (a line break after the name often makes it read a body, which the next line's "Chair:" then led).
A given name that is also a town ("Sofia") does not stop it. Negatives: a state or a body as the value ("Chair:
Saudi Arabia", "Coordinator: Red Valley Brigades") keeps its kind.

(2) "ABOUT US", "CONTACT US", "JOIN US!": the word "US" after a word of roles.yaml us_pronoun_heads in a heading or
a menu, ending its line or field, is the page's own body, never the United States. Negatives: "US TROOPS LEAVE X",
"CHINA SIGNS DEAL WITH US", "PROTESTERS CALL US ALLY A TRAITOR" keep the state.

(3) A results table set out with spaces: a title in the header row ("Party   Leader   Seats") is no person's title
for the next cell ("Seats" is no person: a gap of spaces, a tab or a blank line parts a title from the word after
it), and a name the tagger ran across two cells ("Order    Kasia Novak" in the row "Liberty and Order    Kasia
Novak    44") gives way to the cells' own names, the party's and its leader's. Negative: a title before a name in
one line with two spaces ("the Front's leader  Ivo Dask") still makes a person.

(4) "deployed in the capital, Kesh.", "reached the port city, Morrowa, on Monday": a name after a place's noun in
lower case and a comma, closing its clause, is that place, no person. Negatives: "left the capital, Ivo Dask said",
"the town, Amon Tesh told reporters": a verb after the name keeps a person; "the envoy for the region, Liisa Korven",
"the Governor of Velmor province, Ines Dalla": a place's phrase after "of" or "for" tells a post, its holder next.

(5) Two bodies in one entity across a comma ("Partners: European Council on Foreign Relations, Open Society
Foundations", "write to the Information Desk, Dravenia Watch Foundation"): the name after the comma, of two
capitalised words or more ending in an organisation noun, is a body of its own. Negatives: a list the tagger
already parts stays parted.

(7) The town of a postal address, right after a street's address and a comma ("14 Quarry Lane, Tessel 40212",
"5 Dock Street, Brill."), and a postal box ("PO Box 441"; roles.yaml not_actors)
are no actors. Negatives: a known state there stays; a name after a street with no house
number is not read as an address's town.

(6) A tender's furniture: "Lot 2: Bridge Rehabilitation" (roles.yaml division_words) and the letters ending a
reference number ("TN-2025/0417-KRV") are no actors. Negatives: "the MS-13 gang", "the M23 rebels" stay.

(8) A list of those present, "Name, Post (Body)" ("Karl Dunmore, Observer (Ministry of Foreign Affairs)"): the post
(roles.yaml role_words, titles, attendance_posts) is no body's name, and the bracket is the body. Negative: a
body's translation in brackets after its name ("the Dignity (Karama) Party") stays one name.

Each case names the actors it must hold (with their kind) and false ones (NONE). All names are invented; end to end
with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NONE, actor_kinds, battery, check_kinds

pytestmark = pytest.mark.model

O, P, C = "organization", "person", "country"

CASES = [
    # --- (1) a staff list's "Post: Name" lines ---
    ("Leadership\nDirector: Dr. Emil Zaran\nDeputy Director: Sofia Brandt\nBoard Chair: Paul Keane",
     {"Sofia Brandt": P, "Emil Zaran": P, "Paul Keane": P}),
    ("Deputy Director: Greta Lunde\nBoard Chair: Paul Keane", {"Greta Lunde": P, "Paul Keane": P}),
    ("Staff\nExecutive Secretary: Marta Ilves\nPress Officer: Jon Brevik\nTreasurer: Rena Oskar",
     {"Marta Ilves": P, "Jon Brevik": P, "Rena Oskar": P}),
    ("Director: Sofia Brandt\nBoard Chair: Paul Keane", {"Sofia Brandt": P, "Paul Keane": P}),
    # --- negatives: a state or a body as a post's value ---
    ("Partners\nChair: Saudi Arabia\nSecretary: Velo Front", {"Saudi Arabia": C, "Velo Front": O}),
    ("Deputy Chair: Harbour Workers Union\nCoordinator: Red Valley Brigades",
     {"Harbour Workers Union": O, "Red Valley Brigades": O}),
    ("Committee\nVice Chair: Tomas Heller\nSecretary: Ada Marsh", {"Tomas Heller": P, "Ada Marsh": P}),
    # --- (2) a heading's "US" ---
    ("ABOUT US\n\nThe Centre for Varn Studies is an independent institute in Velmoria.",
     {"United States": NONE, "US": NONE, "Centre for Varn Studies": O}),
    ("CONTACT US\nEmail: info@dorra-friends.org\nThe Velmor Front did not reply.",
     {"United States": NONE, "US": NONE, "Velmor Front": O}),
    ("JOIN US!\nThe Kessa Union meets on Fridays.", {"United States": NONE, "US": NONE, "Kessa Union": O}),
    ("ABOUT US - Press Kit\n\nThe Centre for Varn Studies is an independent institute.",
     {"United States": NONE, "US": NONE}),
    ("CONTACT US - THE US EMBASSY IN VELNIA\nThe embassy of the United States opened in 1991.", {"United States": C}),
    # --- negatives: the state in a headline in capitals ---
    ("US TROOPS LEAVE VELNIA\nUS troops left Velnia on Monday.", {"United States": C}),
    ("CHINA SIGNS DEAL WITH US\nBeijing and Washington agreed on tariffs.", {"United States": C, "China": C}),
    ("PROTESTERS CALL US ALLY A TRAITOR\nCrowds in Velnia blamed the United States.", {"United States": C}),
    # --- (3) a results table set out with spaces ---
    ("Party                Leader              Seats\nVelmor Labour Union  Aron Pettersen      61\n"
     "Freedom Front        Kasia Novak         44",
     {"Seats": NONE, "Aron Pettersen": P, "Kasia Novak": P, "Velmor Labour Union": O, "Freedom Front": O}),
    ("Party                Leader          Seats\nVelmor Labour Union  Aron Pettersen  61\n"
     "Liberty and Order    Kasia Novak     44",
     {"Seats": NONE, "Order": NONE, "Liberty and Order": O, "Kasia Novak": P}),
    ("The Velmor Front's leader  Ivo Dask spoke on Monday.", {"Ivo Dask": P, "Velmor Front": O}),
    # --- (4) a place's noun, a comma, the place's name ---
    ("About 5,000 soldiers of the Dravenian army are deployed in the capital, Kesh.", {"Kesh": NONE}),
    ("Troops entered the capital, Kesh, and arrested Amon Tesh, the mayor.", {"Kesh": NONE, "Amon Tesh": P}),
    ("Dravenian troops left the capital, Ivo Dask said.", {"Ivo Dask": P}),
    ("The militia shelled the town, Amon Tesh told reporters.", {"Amon Tesh": P}),
    ("The Union's special envoy for the region, Liisa Korven, will visit Kesh on Thursday.", {"Liisa Korven": P}),
    ("The officers were released after mediation by the Governor of Velmor province, Ines Dalla. Work resumed.",
     {"Ines Dalla": P}),
    ("The prime minister of the Kessa region, Ivo Marrow, the Front leader's son, travelled to Tarsa on Sunday.",
     {"Ivo Marrow": P}),
    ("The Front will attack the provincial capital, Tel Varin, before the thaw.", {"Tel Varin": NONE}),
    # --- (5) two bodies across a comma ---
    ("Partners: European Council on Foreign Relations, Open Society Foundations",
     {"Open Society Foundations": O, "European Council on Foreign Relations, Open Society Foundations": NONE}),
    ("Our partners are the European Council on Foreign Relations, Open Society Foundations and others.",
     {"Open Society Foundations": O, "European Council on Foreign Relations": O}),
    ("Please write to the Information Desk, Dravenia Watch Foundation, or call our Helpline.",
     {"Dravenia Watch Foundation": O, "Information Desk, Dravenia Watch Foundation": NONE}),
    ("The Velmor Front, Kessa Farmers Association and the Green Front signed the pact.",
     {"Velmor Front": O, "Kessa Farmers Association": O, "Green Front": O}),
    # --- (6) a tender's lots and codes ---
    ("Reference: TN-2025/0417-KRV\nLot 1: Northern Highway Section\nLot 2: Bridge Rehabilitation\n"
     "The Velmor Front objected to the tender.", {"KRV": NONE, "Lot": NONE, "Velmor Front": O}),
    ("Bids for Lot 3 close in June. The Velmor Front objected.", {"Lot": NONE, "Velmor Front": O}),
    ("File 2024/117-AB concerns the Velmor Front.", {"AB": NONE, "Velmor Front": O}),
    ("The MS-13 gang and the M23 rebels clashed.", {"MS-13": O, "M23": O}),
    # --- (7) a postal address's town ---
    ("Marrowfield University Hospital\n14 Quarry Lane, Tessel 40212\nTel: +44 20 7946 0321",
     {"Tessel": NONE, "Marrowfield University Hospital": O}),
    ("Claims: write to Claims Department, Harbourline Assurance Ltd., 5 Dock Street, Brill.", {"Brill": NONE}),
    ("Send letters to 12 Harbour Road, France.", {"France": C}),
    ("Friends of Baltria Society, PO Box 441, Linden", {"PO Box": NONE, "Friends of Baltria Society": O}),
    ("Write to the Velmor Front, P.O. Box 12, Tarsa.", {"P.O. Box": NONE, "PO Box": NONE, "Velmor Front": O}),
    # --- (8) "Name, Post (Body)" in a list of those present ---
    ("Attendees:\n- Marta Ilves, Chair\n- Piotr Gallan, Secretary\n"
     "- Karl Dunmore, Observer (Ministry of Foreign Affairs)\nApologies: Jon Brevik",
     {"Observer": NONE, "Ministry of Foreign Affairs": O, "Karl Dunmore": P}),
    ("Those present: Ana Sol, Rapporteur (Velmor Party); Ivo Dask, Guest (Harbour Union).",
     {"Guest": NONE, "Velmor Party": O, "Harbour Union": O}),
    ("The vote split the Dignity (Karama) Party, which lost two seats.", {"Dignity (Karama) Party": O}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "n6", actor_kinds, check_kinds)
