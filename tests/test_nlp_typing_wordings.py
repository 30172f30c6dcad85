"""The kind of an invented name, in wordings written before reading the actor rules, several per mechanism:

- a person's occupation or role word right before the name ("the warlord X", "the smuggler X", "the banker X"),
  where the tagger may call the name a body; the surname used alone afterwards stays the same person;
- a person titled and placed ("Prime Minister X of Y"): X a person, Y a state, not one name;
- a possessive swallowed into a body's name ("Voss's Renewal Party"): a person, then the body;
- a body's short form without its group noun ("the Grey Lynx Brigades" ... "the Grey Lynx");
- a party name used as the modifier of a member noun ("a Free Horizon deputy");
- a state named only as the adjective of its bodies ("the Ostrevi High Court", "the Ostrevi Coast Guard");
- a demonym of a state's name in "-y" made as English makes "German" of "Germany" ("Velman border guards");
- negatives: an invented town or river is no state; a surname alone stays a person.

Each item lists names with the kind they must have and names that must not be actors of a given kind. Every text is
its own document; all names are invented; end to end with the real English pipeline. Names are compared without
case and a leading "the"."""
from __future__ import annotations

import pytest

from wording_battery import battery, name_kinds_by_document, norm_name

pytestmark = pytest.mark.model

P, O, C = "person", "organization", "country"

# (text, {name: kind that must be found}, {(name, kind) that must not be found})
CASES = [
    # --- an occupation or role word right before a person's name ---
    ("The Red Hill Legion, a band gathered in the upland villages by the warlord Tamir Oskel, took the ferry. "
     "Oskel's fighters held it for a month.", {"Tamir Oskel": P, "Red Hill Legion": O}, {("Tamir Oskel", O)}),
    ("Customs officers stopped the smuggler Radu Fenwick at the Kessar bridge with forty crates of cigarettes.",
     {"Radu Fenwick": P}, {("Radu Fenwick", O)}),
    ("In May the police detained the blogger Ilse Vardan after she posted footage of the checkpoint.",
     {"Ilse Vardan": P}, {("Ilse Vardan", O)}),
    ("Prosecutors say the banker Oren Salvik moved the money through three shell companies.",
     {"Oren Salvik": P}, {("Oren Salvik", O)}),
    ("Investigators questioned the photographer Maren Tolly about the pictures of the barracks.",
     {"Maren Tolly": P}, {("Maren Tolly", O)}),
    ("Militiamen loyal to the warlord Gedde Anvar burned the grain store. Anvar denied any part in it.",
     {"Gedde Anvar": P}, {("Gedde Anvar", O)}),
    # --- a person titled and placed ---
    ("Prime Minister Hal Verrin of Ostrevia promised to send two hundred engineers.",
     {"Hal Verrin": P, "Ostrevia": C}, {("Hal Verrin of Ostrevia", P)}),
    ("The foreign minister spoke by telephone with President Ada Kolmer of Tessaly about the border.",
     {"Ada Kolmer": P, "Tessaly": C}, {("Ada Kolmer of Tessaly", P)}),
    # --- a possessive swallowed into a body's name ---
    ("Lena Voss's Renewal Party won nine seats in the capital.", {"Lena Voss": P, "Renewal Party": O},
     {("Lena Voss's Renewal Party", O)}),
    ("Candidates of Ardo Kemp's Citizens Movement were barred from the ballot.",
     {"Ardo Kemp": P, "Citizens Movement": O}, set()),
    # --- a body's short form without its group noun ---
    ("The Grey Heron Brigades were formed in 2011 by army deserters. By 2014 the Grey Heron held the whole valley.",
     {"Grey Heron Brigades": O}, {("Grey Heron", P)}),
    ("The Silver Lance Front seized the port in June. Three months later the Silver Lance lost it again.",
     {"Silver Lance Front": O}, {("Silver Lance", P)}),
    # --- a party name as the modifier of a member noun ---
    ("A Free Horizon deputy walked out of the chamber during the vote.", {"Free Horizon": O},
     {("Free Horizon", P)}),
    ("Two Bright Meadow councillors resigned over the budget.", {"Bright Meadow": O}, {("Bright Meadow", P)}),
    # --- a state named only as the adjective of its bodies ---
    ("The Ostrevi High Court upheld the sentence, and the Ostrevi Coast Guard seized a second boat in May.",
     {"Ostrevi": C}, set()),
    ("Accounts frozen by the Tamrani Financial Intelligence Unit stay closed, the Tamrani authorities said.",
     {"Tamrani": C}, set()),
    ("Crews of the Pelmuri Navy were handed over to Pelmuri police at the quay.", {"Pelmuri": C}, set()),
    ("Teodor Brask's Citizens Alliance held its congress in the old theatre.",
     {"Teodor Brask": P, "Citizens Alliance": O}, {("Teodor Brask", C)}),
    # --- a demonym made from a state's name in "-y" ---
    ("Velmany's army pulled back from the ridge after Velman border guards freed the two shepherds.",
     {"Velmany": C}, {("Velman", P), ("Velman", O)}),
    ("Three Dostrany trawlers were seized. Dostran fishermen say Dostrany's navy did nothing to help them.",
     {"Dostrany": C}, {("Dostran", P), ("Dostran", O)}),
    # --- negatives: a town or a river is no state; a surname alone stays a person; a province has police and a
    # government but no navy ---
    ("The Dorvan provincial government and Dorvan police blamed the flood on the dam.", {}, {("Dorvan", C)}),
    ("Fighting spread along the Varnel river and into the town of Oskavo on Tuesday.", {},
     {("Varnel", C), ("Oskavo", C)}),
    ("Dorin Falk spoke first. Falk said the talks would resume in March.", {"Dorin Falk": P}, {("Falk", O)}),
]

XFAIL: dict[str, str] = {
    "Investigators questioned the photographer Maren Tolly about the pictures of the barracks.":
        "the tagger finds no name at all here, and a candidate is made only of what it tags or of a capitals run",
    "A Free Horizon deputy walked out of the chamber during the vote.":
        "two capitalised words the tagger leaves untagged before a member noun ('deputy') make no candidate",
    "Teodor Brask's Citizens Alliance held its congress in the old theatre.":
        "the tagger calls the surname alone a place; a two-word name opening the text with no person cue is typed "
        "by the place vote",
}


def _check(text: str, kinds: dict[str, str], never: set, got: set) -> None:
    missing = {(norm_name(n), k) for n, k in kinds.items()} - got
    wrong = {(norm_name(n), k) for n, k in never} & got
    assert not missing and not wrong, (text, "missing", missing, "wrong", wrong, "actors", sorted(got))


extracted, test_typing_wording = battery(CASES, XFAIL, "k", name_kinds_by_document, _check)


def test_demonym_of_a_name_in_y():
    """A state's name in "-y" after a consonant gives the bare stem as its demonym ("German" of "Germany"), which
    links "Velman" (even tagged as a person's name) to Velmany; a name in a vowel and "y" gives none."""
    from kingmaker.nlp.actors import _demonym_forms

    assert {"Velman", "Velmans"} <= _demonym_forms("Velmany")
    assert "Dostra" not in _demonym_forms("Dostray")
