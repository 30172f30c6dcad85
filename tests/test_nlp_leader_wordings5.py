"""leader_of told by wordings that named no leader before (a battery written before changing the reader):

- 'X, known as "Y", 46, commander of Z', 'X, alias "Y", a former police officer who leads Z': an apposition the
  parser hung on the other name a person is given right after the name describes that person (a role noun there
  votes for a person, ``actors._alias_appositions``), and "alias" (roles.yaml alias_words) gives such a name as
  "known as" does (``actors._known_as``); not a former post, nor a rival;
- "the X Alliance of Y, the farmers' party": a body's noun in apposition after a person's name that closes
  the "of" phrase of a body's name describes the body, so the name stays a person's and Y leads the body
  (``actors._votes``); not where the noun describes the person ("the X Alliance of Y, a lawyer");
- "X seeks a third term as candidate of Y", "X is running as the candidate of Y": a candidate noun
  (word_lists.candidate_nouns) after "as" makes the subject a member of Y, as a noun of membership does, also with
  "as" hung on the verb's object (``relations._member_preposition``); not denied, wished, left, nor another's;
- "X, whose nephew runs Z and who still chairs Y": a relative clause joined to a first one by "and" is said of the
  same antecedent (``relations._stance``); not the first clause's own subject ("whose brother leads Y");
- "A criticised the choice of B as candidate of Y" names B, not A (``relations._member_preposition``);
- a former post ("Y's former leader, X") keeps leader_of by design (the references count a former head as the
  body's leader, in one set as a required tie): the cases stay strict xfails naming that.

Each item lists ties that must be present and ties that must be absent (other ties may be emitted). All names are
invented (each case its own, as the cases are read as one batch); end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"
M = "member_of"

CASES = [
    # --- a role hung on a person's other name ---
    ('Ivo Sarkane, known as "the Heron", 51, commander of the Moss Brigade, was charged on Monday.',
     {("Ivo Sarkane", L, "Moss Brigade")}, set()),
    ("Dario Feltrin, known as Il Lupo, the commander of the Grey Wolves Brigade, was charged.",
     {("Dario Feltrin", L, "Grey Wolves Brigade")}, set()),
    ('Jorvan Castel, alias "Tinman", a retired customs officer who now leads the Blue Hill Front, spoke to reporters.',
     {("Jorvan Castel", L, "Blue Hill Front")}, set()),
    ('Oren Trovic, alias "Magpie", a former schoolteacher who leads the Red Pine Front, spoke to reporters.',
     {("Oren Trovic", L, "Red Pine Front")}, set()),
    ("Tamas Verholt, alias Grinder, the leader of the Ash Ridge Militia, was arrested in May.",
     {("Tamas Verholt", L, "Ash Ridge Militia")}, set()),
    ('Kobi Ellendar, also known as "the Ox", head of the Copper Valley Brigade, denied the charges.',
     {("Kobi Ellendar", L, "Copper Valley Brigade")}, set()),
    # negatives: a former post, a rival, a denial
    ('Ruslan Okhtev, alias "the Monk", a former leader of the Birch Hill Militia, was indicted.', set(),
     {("Ruslan Okhtev", L, "Birch Hill Militia")}),
    ('Pavo Strenik, known as "Tiger", a rival of the Pebble Creek Brigade, was charged.', set(),
     {("Pavo Strenik", L, "Pebble Creek Brigade"), ("Pavo Strenik", M, "Pebble Creek Brigade")}),
    # --- a body's noun after the person of a body's name ---
    ("The Dorvan Alliance of Selma Kerrigan, the party that topped the poll in 2018, was banned in 2021.",
     {("Selma Kerrigan", L, "Dorvan Alliance")}, set()),
    ("The Tarn League (TL) of Hedda Morvik, the party that came first in the last vote, was banned last spring; "
     "Hedda Morvik is in exile.",
     {("Hedda Morvik", L, "Tarn League")}, set()),
    ("The Hollin Union of Bertil Nyqvist, the party of the farmers, won nine seats.",
     {("Bertil Nyqvist", L, "Hollin Union")}, set()),
    ("Voters in the south backed the Juniper Movement of Greta Solheim, the party that runs the port.",
     {("Greta Solheim", L, "Juniper Movement")}, set()),
    # negatives: the noun describes the person; the body is not his
    ("The Rovan Alliance of Teodor Mastek, a lawyer who sued the party, was banned in 2021.", set(),
     {("Teodor Mastek", M, "Rovan Alliance")}),
    ("A court acting for Ilse Brandvik, the party's founder, banned the Quillon Union in 2021.", set(),
     {("Ilse Brandvik", L, "court")}),
    # (the noun hung by the parser on a common noun before the "of" phrase: no body's name, the name keeps its kind)
    ("Chiefs of Arden's Varda Compact, the union of farm parties that runs the council, met on Tuesday. Ansel "
     "Dravic, who sits for the Compact and heads the Lumen Bloc, walked out early.",
     {("Ansel Dravic", M, "Varda Compact"), ("Ansel Dravic", L, "Lumen Bloc")}, set()),
    # --- "as candidate of Y" (word_lists.candidate_nouns) after a verb, or hung on its object noun ---
    ("Pavel Brisko is seeking a fourth term as candidate of the governing Cedar Movement (CM).",
     {("Pavel Brisko", M, "Cedar Movement")}, set()),
    ("The incumbent, Oskar Lindaal, seeks a third term as the candidate of the Harbour Party.",
     {("Oskar Lindaal", M, "Harbour Party")}, set()),
    ("Hana Rostek is running for governor as the candidate of the Amber Party.",
     {("Hana Rostek", M, "Amber Party")}, set()),
    # negatives: denied, wished, left, refused, another's candidacy
    ("Milo Kavran did not seek a second term as candidate of the Slate Party.", set(),
     {("Milo Kavran", M, "Slate Party")}),
    ("Jana Terbek hopes to run as the candidate of the Fern Party next year.", set(),
     {("Jana Terbek", M, "Fern Party")}),
    ("Ulla Brenvik resigned as candidate of the Quarry Party on Monday.", set(),
     {("Ulla Brenvik", M, "Quarry Party")}),
    ("Lars Odvin backed Nils Hoberg as candidate of the Heather Party.", {("Nils Hoberg", M, "Heather Party")},
     {("Lars Odvin", M, "Heather Party")}),
    # --- a former post: leader_of kept by design (xfail below) ---
    ("The Quillmar Party's former leader, Aurel Saromek, spoke on Monday.",
     {("Aurel Saromek", M, "Quillmar Party")}, {("Aurel Saromek", L, "Quillmar Party")}),
    ("Runa Vesketh, the former chairwoman of the Tallowmere League, opened the fair.", set(),
     {("Runa Vesketh", L, "Tallowmere League")}),
    ("Former Braskow Union chairman Tove Ellingrud wrote a memoir.", set(),
     {("Tove Ellingrud", L, "Braskow Union")}),
    ("The Morrowvale Party's leader, Kasper Ildenholm, spoke on Monday.",
     {("Kasper Ildenholm", L, "Morrowvale Party")}, set()),
    # --- "the choice of B as candidate of Y": B is the one named, not the verb's subject ---
    ("Gunnar Halbeck criticised the choice of Elin Moravik as candidate of the Sorrelby Party.",
     {("Elin Moravik", M, "Sorrelby Party")}, {("Gunnar Halbeck", M, "Sorrelby Party")}),
    ("Petra Lindvall opposed Jonas Arvenson's nomination as candidate of the Birchmoor Party.", set(),
     {("Petra Lindvall", M, "Birchmoor Party")}),
    # --- a second relative clause joined to a first ("whose ... and who heads Y") ---
    ("Marta Kellerman, whose nephew became mayor last year and who still chairs the Lantern Party, opened the fair.",
     {("Marta Kellerman", L, "Lantern Party")}, set()),
    ("Jon Vestergaard, who lost the vote in 2020 and who now heads the Fjord Party, spoke to reporters.",
     {("Jon Vestergaard", L, "Fjord Party")}, set()),
    # negatives: the first clause's subject leads; the second clause denies
    ("Lise Gravlund, whose brother leads the Cobalt Party and who runs a bakery, spoke.", set(),
     {("Lise Gravlund", L, "Cobalt Party")}),
    ("Pia Soderholm, whose daughter joined the army and who no longer chairs the Willow Party, spoke.", set(),
     {("Pia Soderholm", L, "Willow Party")}),
]

FORMER = "by design: a former head keeps leader_of (the references count 'the brigade's former commander' as its leader)"
XFAIL: dict[str, str] = {
    "The Quillmar Party's former leader, Aurel Saromek, spoke on Monday.": FORMER,
    "Runa Vesketh, the former chairwoman of the Tallowmere League, opened the fair.": FORMER,
    "Former Braskow Union chairman Tove Ellingrud wrote a memoir.": FORMER,
    'Oren Trovic, alias "Magpie", a former schoolteacher who leads the Red Pine Front, spoke to reporters.':
        "parser: 'alias' is read as the sentence's root verb and the nickname as a new subject, so the relative "
        "clause hangs on no apposition of the name",
    "The Hollin Union of Bertil Nyqvist, the party of the farmers, won nine seats.":
        "NER: the whole 'the X Union of Y' is tagged one organisation, so no person is named",
}


extracted, test_wording = battery(CASES, XFAIL, "lw5", relations_by_document, check_ties)
