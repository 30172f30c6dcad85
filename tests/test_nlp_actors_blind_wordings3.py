"""Spurious and missed actors in layouts and capitalised text, written before reading the actor reader (a blind
battery). Each item is a short invented DOCUMENT and lists the actors that must be found (name, and kind or None for
any kind) and the names that must NOT be actors: fragments of capitalised text (a heading's words, a ticker line in
capitals, a hyphened modifier "X-led" / "X-run" read as a name, a title cut off a person, a section label "B.2
Regional forces", a one-word field heading), place pairs joined by "and", a name that holds "and" cut in two, people
listed in table rows, names with lower-case particles ("bin", "al") and honorifics.

People, parties, militias and states are invented (real states only where a known state is needed). End to end with
the real English pipeline, each document extracted on its own. Names are compared without case and a leading
"the"."""
from __future__ import annotations

import pytest

from wording_battery import battery, name_kinds_by_document, norm_name

pytestmark = pytest.mark.model

P, O, C = "person", "organization", "country"

CASES = [
    # --- hyphened modifiers ---
    ("A Vardesh-led coalition of tribes pushed into the valley on Monday, and a Korral-run radio station said the "
     "road was closed.", set(), {"Led Coalition", "Korral-Run", "Run", "Vardesh-Led"}),
    ("The Tamsin-backed militia and a Qorvan-funded brigade clashed near the dam.", set(),
     {"Tamsin-Backed", "Backed Militia", "Qorvan-Funded"}),
    # --- ticker lines in capitals ---
    ("Transcribed from the channel's crawl, Tuesday (times local)\n"
     "07:41 | BREAKING | NORTHERN SALVATION FRONT FIGHTERS ENTER DORVA, SEIZE ARMY DEPOT - FRONT SPOKESMAN\n"
     "08:02 | GOVERNOR OSKAR VENN: \"WE WILL NOT HAND THE CITY TO AN ARMED GANG FROM THE HILLS\"\n"
     "08:30 | FRANCE-LED MISSION URGES RESTRAINT; FRENCH DELEGATION LANDS IN DORVA\n"
     "09:10 | FRONT AND ARMY EXCHANGE FIRE NEAR THE BRIDGE, 3 KILLED - MEDICS\n"
     "09:40 | NSF LEADER ILYA MARENKO, ALSO A COUNCIL VICE-CHAIR, SAYS TALKS \"NOT POSSIBLE\"",
     {("Northern Salvation Front", O), ("Oskar Venn", P), ("Ilya Marenko", P)},
     {"Transcribed", "Medics", "Armed Gang", "Led Mission", "Council Vice", "Council Vice-Chair", "Breaking"}),
    ("Evening crawl, as aired\n"
     "18:02 | GOVERNOR: \"WE WILL NOT HAND THE PORT TO AN ARMED GANG FROM THE HILLS\"\n"
     "18:30 | KESHARI-LED COALITION URGES RESTRAINT; KESHARI-RUN TV SAYS ROADS CLOSED\n"
     "18:55 | FRONT AND ARMY EXCHANGE FIRE NEAR THE BRIDGE, 3 KILLED - MEDICS\n"
     "19:20 | NSF LEADER ILYA MARENKO, ALSO A COUNCIL VICE-CHAIR, SAYS TALKS ARE NOT POSSIBLE",
     {("Ilya Marenko", P)}, {"Medics", "Armed Gang", "An Armed Gang", "Led Coalition", "Keshari-Run", "Council Vice",
                             "Council Vice-Chair", "Run Tv"}),
    ("The intelligence agency is run by Dir. Osman Kelo, a cousin of the president.", {("Osman Kelo", P)},
     {"Dir", "Dir. Osman Kelo"}),
    # --- a title cut off a person ---
    ("Ilya Marenko, the front's leader and also a council vice-president, said talks were not possible.",
     {("Ilya Marenko", P)}, {"Council Vice", "Vice"}),
    # --- place pairs ---
    ("The accord restores state authority in Torvik and Melsa and reopens the road to Halden.", set(),
     {"Torvik and Melsa"}),
    ("Fighting spread to the towns of Brask and Ulvo, where the Black Hill Brigade holds the market.",
     {("Black Hill Brigade", O)}, {"Brask and Ulvo"}),
    ("Some 5,000 fighters were massed west of Orvik and Telmar, a field commander said.", set(),
     {"Orvik and Telmar"}),
    ("Envoys carried messages between the party's headquarters at Kesmin and Darbol, the compound of its rival.",
     set(), {"Kesmin and Darbol"}),
    # --- a name that holds "and" ---
    ("Q3. In May, the Bread and Freedom Party won 61 of the 120 seats in which country's parliament?\n"
     "A3. Velnoria. The Bread and Freedom Party (BFP) now governs alone.",
     {("Bread and Freedom Party", O)}, {"Bread", "Freedom Party"}),
    ("Q4. Last spring, the Dawn and Harvest Party took 52 of the 90 seats in which country's assembly?\n"
     "ANSWER: Velnoria.", {("Dawn and Harvest Party", O)}, {"Dawn", "Harvest Party"}),
    ("The Union Relief and Reconstruction Mission (URRM) has 4,000 personnel in the south.",
     {("Union Relief and Reconstruction Mission", O)}, {"Union Relief"}),
    # --- people in table rows ---
    ("Annex B. Main armed formations\n"
     "| Formation | Commander | Strength | Area |\n"
     "|---|---|---|---|\n"
     "| 2nd (Falcon) Division | Brig. Gen. Oskar Venn | 3,500 | north |\n"
     "| Coastal Guard Police | Cdr. Mira Stenn | 1,200 | capital |\n"
     "| Black Hill Brigade | Sheikh Anton Brey | 2,000 | fights alongside the 2nd Division |",
     {("Oskar Venn", P), ("Mira Stenn", P), ("Anton Brey", P)}, set()),
    # --- section labels and field headings ---
    ("B.1 Federal forces\nThe 2nd Division holds the north.\nB.2 Regional and clan forces\nThe Black Hill Brigade "
     "holds the hills.", {("Black Hill Brigade", O)}, {"B.1 Federal forces", "B.2 Regional", "Federal forces"}),
    ("Colour code\nRed: do not travel.\nAmber: essential travel only.\nThe Black Hill Brigade controls the border "
     "crossings.", {("Black Hill Brigade", O)}, {"Colour", "Red", "Amber"}),
    ("Grey marks the villages the Black Hill Brigade still holds; green marks those the army has retaken.",
     {("Black Hill Brigade", O)}, {"Grey"}),
    # --- particles and honorifics ---
    ("His Excellency Sheikh Hamad bin Faris bin Nasser Al Marwi, Prime Minister, received both delegations.",
     {("Hamad bin Faris bin Nasser Al Marwi", P)}, {"Nasser Al Marwi"}),
    ("The Renewal League of Daw Mya Thein Aye won 40 seats.", {("Mya Thein Aye", P)}, {"Daw Mya Thein Aye"}),
    # --- a state named only by its demonym, a unit ---
    ("Forum post: the Velnarian army shot at the convoy again. Velnaria denies it.", {("Velnaria", C)}, set()),
    ("The 4th Military Region commander said his soldiers had been sent back to the coast.",
     {("4th Military Region", O)}, set()),
]

XFAIL: dict[str, str] = {
    CASES[2][0]: "capitals: a surname that is also an English word stays lower case (OSKAR VENN -> Oskar venn), and "
                 "a verb before a group noun starts a name (SEIZE ARMY DEPOT)",
    CASES[17][0]: "a name with lower-case 'bin' particles after an honorific: the NER cuts it, no person is kept",
    CASES[18][0]: "an honorific inside 'X of Daw Y': the NER takes the party and its leader for one name",
    CASES[20][0]: "a numbered military region is no unit's name to the mention finder",
}


def _check(text: str, want: set, not_actors: set, got: set) -> None:
    names = {n for n, _ in got}
    missing = {(n, k) for n, k in want
               if not any(g == norm_name(n) and (k is None or gk == k) for g, gk in got)}
    wrong = {norm_name(n) for n in not_actors} & names
    assert not missing and not wrong, (text, "missing", missing, "wrong", wrong, "actors", sorted(got))


extracted, test_actor_wording = battery(CASES, XFAIL, "b", name_kinds_by_document, _check)


@pytest.mark.parametrize("text, pair, split", [
    ("For weeks his aides carried letters between the party headquarters at Kesmin and Darbol, the compound of its "
     "rival.", "Kesmin and Darbol", True),
    ("Some 8,000 troops had been gathered east of Orvik and Telmar, a colonel said.", "Orvik and Telmar", True),
    ("Aid reached Halden, Brask, Orvik and Telmar on Monday.", "Orvik and Telmar", False),  # (no place word before)
    ("Observers in Trinidad and Tobago said little.", "Trinidad and Tobago", False),  # (a known state's name)
])
def test_place_pair_split(text, pair, split):
    """An entity "X and Y" the NER made of two one-word names where something is ("at X and Y", "east of X and
    Y"): two places, each its own entity (the NER's joining of such pairs varies; the entity is set here)."""
    from spacy.tokens import Span

    from kingmaker.api import load_nlp
    from kingmaker.nlp.actors import _place_pair_split

    doc = load_nlp()(text)
    start = next(t.i for t in doc if text.index(pair) == t.idx)
    ent = Span(doc, start, start + 3, label="ORG")
    got = _place_pair_split(doc, (ent,))
    assert [(e.text, e.label_) for e in got] == ([(pair.split()[0], "GPE"), (pair.split()[2], "GPE")] if split
                                                 else [(pair, "ORG")])
