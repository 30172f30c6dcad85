"""A leader told by a handing over, a founding announced, a second post, a state's possessive, an "under" on a body's
members, a semicolon's row, a copula's description, a conjoined possessive or a party's first secretary (a battery
written before changing the reader):

(1) "X handed the leadership of the Y Party to Z", "X passed the chairmanship of Y to Z": a body's chief office
(relations.yaml office_nouns) the object of a verb of handing over (word_lists.handing_verbs) with a "to" naming a
person: that person leads the body (``relations._office_handed``); not a handing to come, refused or denied, nor a
thing handed that is no office ("handed a letter to Z"), nor a state's office;
(2) "X announced the creation of the Y Front", "X proclaimed the founding of Y", "X announced a new party, the Y":
a person announcing (word_lists.announcing_verbs) the birth of a named body (birth_nouns with its "of") or a new body
named in apposition founded it and leads it (``relations._announced_birth``), as "X founded Y" does; not denied,
planned or wished, nor a spokesman's announcement, nor a birth by another ("by her allies", "a new commission, Y, to
be chaired by Z"), nor a body's subject, nor a judgement ("declared the formation of Y unlawful"),
nor a verb of welcoming ("welcomed the creation of Y");
(3) "X, Velnia's prime minister, head of the Y Party, said": a second post the parser hangs on the first post in
apposition to the name (its apposition, not the name's) is the person's too (``relations._stacked_posts``); not a
post of someone the first apposition names ("the son of Velnia's prime minister, head of Y"), a deputy's post, nor
a post joined by "and" to a member's ("a Y lawmaker and a co-founder of Z" stays as read);
(4) "Velnia's Tomas Brell has offered to mediate": a state's possessive right before a person's bare name alone makes
no leader (ministers, dissidents and athletes are named so too; ``relations._state_named_persons`` reads it only in
the frame of states or their leaders); nor with a title or a rank between ("Velnia's foreign minister X", "Velnia's
General X"), a noun in apposition ("Velnia's X, a lawyer,"), in a list of office holders, for one the text gives
another post or calls a designate, nor for a body's name given the wrong kind ("Brazil's Federal Police");
(5) "the four MPs of the Y Party under X", "the fighters of the Y Front under Commander X": an "under" the parser
hangs on a plural of members whose "of" names the body is said of the body, a person there leading it
(``relations._members_body``); not "under arrest", nor a state's command;
(6) "A holds 134 seats; B holds nine. Its leader, X, ...": a row of two clauses of one verb joined by a semicolon
is about its last subject, the nearest, which "its" in the next sentence stands for (``_Ctx.main_subjects``); a
first clause with a verb of its own stays what the sentence is about ("It has 3,000 fighters; UN experts put the
figure lower");
(7) "The Guard was the elite unit of the old regime, commanded by General X", "The Y Brigade was the private army
of the governor, led by his nephew X": a participle set off by a comma after a copula's predicate noun of a body,
hung by the parser on the copula, describes the copula's subject (``relations._copula_description_subject``); not
after a noun that is no body's ("the target of a raid, led by X": the raid's), nor after an adjective; also with
the "by" after an adverbial ("commanded until its collapse by X"), not one after a noun of its own ("founded during
a crackdown by X");
(8) "A and X's Y Democratic Party, long-time rivals, ...": a person's possessive the parser made a second
conjunct of the name before (its "'s" its own) owns the body named right after the "'s" (``_find_relations``, the
possessives read off the surface), a person's body only;
(9) "X, who is also first secretary of the Y Front": a party's first secretary heads it, not an embassy's ("a first
secretary of the Velnian embassy": a diplomat); not read yet (xfail): the title is no leader's role, since a
signature's "First Secretary, Embassy of X" names a diplomat of a state (tests/test_layout.py).

Each item lists ties that must be present and ties that must be absent (other ties may be emitted). All names are
invented (each case its own, as the cases are read as one batch); end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"
M = "member_of"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- (1) an office handed over: the one it is handed to leads the body ---
    ("When he became president he handed the leadership of the Velas Party to Matus Orrin, the interior minister.",
     {("Matus Orrin", L, "Velas Party")}, set()),
    ("In May Tarvo Mellin handed over the chairmanship of the Granite Union to Hedda Lunn, the mayor of Pell.",
     {("Hedda Lunn", L, "Granite Union")}, set()),
    ("Rolf Ekdahl passed the leadership of the Cedar League to his deputy, Nina Saari.",
     {("Nina Saari", L, "Cedar League")}, set()),
    ("Oskar Vemm handed the Birch Front's leadership to Ilse Korpi, the party's youngest deputy.",
     {("Ilse Korpi", L, "Birch Front")}, set()),
    ("Anton Skerla will hand the leadership of the Heron Party to Lotte Brandvik, the finance minister.",
     set(), {("Lotte Brandvik", L, "Heron Party")}),
    ("Jarek Pollan refused to hand the leadership of the Marble Alliance to Ester Vang, the trade minister.",
     set(), {("Ester Vang", L, "Marble Alliance")}),
    ("Viktor Haldane did not hand the chairmanship of the Osprey Union to Runa Tell, the labour minister.",
     set(), {("Runa Tell", L, "Osprey Union")}),
    ("Mats Orvik handed a letter to Sanna Kell, a member of the Falcon League.",
     {("Sanna Kell", M, "Falcon League")}, {("Sanna Kell", L, "Falcon League")}),
    # --- (2) a founding announced ---
    ("Colonel Cel Ngarv led a mutiny in the garrison town and announced the creation of the Patriotic Front for "
     "Mbarra (PFM).",
     {("Cel Ngarv", L, "Patriotic Front for Mbarra")}, set()),
    ("Mr Arvid Yarden broke with the party leadership and announced a new party, the People's Lantern Front.",
     {("Arvid Yarden", L, "People's Lantern Front")}, set()),
    ("The former colonel Hugo Ranst proclaimed the founding of the Ridge Liberation Front in 1998.",
     {("Hugo Ranst", L, "Ridge Liberation Front")}, set()),
    ("Anna Kosk unveiled a new movement, the Citizens' Compass, on Sunday.",
     {("Anna Kosk", L, "Citizens' Compass")}, set()),
    ("Dorota Pilsk announced the formation of the Amber Coast Alliance at a rally in the port.",
     {("Dorota Pilsk", L, "Amber Coast Alliance")}, set()),
    ("Lukas Brenner did not announce the creation of the Valley Workers' Front.",
     set(), {("Lukas Brenner", L, "Valley Workers' Front")}),
    ("Sven Holt plans to announce the creation of the Northern Grain Movement next week.",
     set(), {("Sven Holt", L, "Northern Grain Movement")}),
    ("Army spokesman Omar Dellan announced the creation of the Pell Brigade.",
     set(), {("Omar Dellan", L, "Pell Brigade")}),
    ("The government spokesman, Kasim Oduya, announced the creation of the Harbour Guard.",
     set(), {("Kasim Oduya", L, "Harbour Guard")}),
    ("Ilona Marsk announced the creation of the Copper Youth Movement by her allies.",
     set(), {("Ilona Marsk", L, "Copper Youth Movement")}),
    ("President Arno Kessel announced a new commission, the Truth Commission, to be chaired by Judge Ola Brekk.",
     set(), {("Arno Kessel", L, "Truth Commission")}),
    ("The minister Lars Edvin declared the formation of the Juniper Valley Union unlawful.",
     set(), {("Lars Edvin", L, "Juniper Valley Union")}),
    ("Benno Stahl welcomed the formation of the Copper Valley Union.",
     set(), {("Benno Stahl", L, "Copper Valley Union")}),
    # --- (3) a second post hung on the first ---
    ("Tarvo Mellsen, Ostria's prime minister, head of the Velkud Party, said no.",
     {("Tarvo Mellsen", L, "Velkud Party")}, set()),
    ("Jonas Pirk, the Heron Front's founder, leader of the Hazel Bloc, spoke first.",
     {("Jonas Pirk", L, "Hazel Bloc")}, set()),
    ("Vera Solm, the country's defence minister, commander of the Reed Legion, denied it.",
     {("Vera Solm", L, "Reed Legion")}, set()),
    ("Teodor Vall, the son of Ostria's prime minister, head of the Orchid Party, said no.",
     set(), {("Teodor Vall", L, "Orchid Party")}),
    ("Petra Kalm, Ostria's trade minister, deputy leader of the Juniper Party, said no.",
     set(), {("Petra Kalm", L, "Juniper Party")}),
    ("Gulla Sarap, a Thistle Dawn lawmaker and a co-founder of the movement, urged supporters to stay calm.",
     set(), {("Gulla Sarap", L, "Thistle Dawn")}),
    # --- (4) a state's possessive before a bare name: no leader by itself ---
    ("The Velnian army shelled the port on Monday. Velnia's Tomas Brell has offered to mediate.",
     set(), {("Tomas Brell", L, "Velnia")}),
    ("The Kalvarian navy closed the strait. Kalvar's Maren Oddsen attended the summit in June.",
     set(), {("Maren Oddsen", L, "Kalvar")}),
    ("The Tesmarian army left the border. Tesmaro's Colonel Idris Banou pledged fuel trucks.",
     set(), {("Idris Banou", L, "Tesmaro")}),
    ("The Dornish army left the border. Dornia's foreign minister Asad Shebo, Velmar's Ayan Saffe and the envoy "
     "Tom Barrel met in the capital.",
     set(), {("Ayan Saffe", L, "Velmar")}),
    ("The Lusarian army left the border. Lusaria's Omar Tesk, a lawyer, filed the case.",
     set(), {("Omar Tesk", L, "Lusaria")}),
    ("Mr Arnaldo Sarve has been held in a Brazilian prison since 2024. Brazil's Federal Police and the customs "
     "service held their first joint course in Manaus.",
     set(), {("Federal Police", L, "Brazil")}),
    ("The Halmarian navy closed the strait. Halmar's Rikke Oddsen attended the summit. Foreign Minister Rikke Oddsen "
     "said so.",
     {("Rikke Oddsen", M, "Halmar")}, {("Rikke Oddsen", L, "Halmar")}),
    ("The Sorvian navy closed the strait. Sorvia's Jens Marrow attended the summit. Jens Marrow, the trade minister, "
     "said so.",
     set(), {("Jens Marrow", L, "Sorvia")}),
    ("The Corvanian army left the border. Corvania's Branko Kostel opens coalition talks. Kostel, who was nominated "
     "as prime minister-designate by the president on Monday, met the party leaders.",
     set(), {("Branko Kostel", L, "Corvania")}),
    # --- (5) "under" hung on a plural of members whose "of" names the body ---
    ("Her coalition is the Velt Union and the four MPs of the Ardan Labour Party under Petro Kaule. Mr Kaule is now "
     "finance minister.",
     {("Petro Kaule", L, "Ardan Labour Party")}, set()),
    ("The fighters of the Osk Front under Commander Bakur Dorro overran a camp in September.",
     {("Bakur Dorro", L, "Osk Front")}, set()),
    ("The deputies of the Tamarind Party under arrest were freed by Judge Ola Brekk.",
     set(), {("Ola Brekk", L, "Tamarind Party")}),
    ("The members of the Quince Front under Velnian command were freed.",
     set(), {("Velnia", L, "Quince Front")}),
    # --- (8) "A and X's Y Party": a person's possessive parsed as a second conjunct ---
    ("The Valley Union and Tarek Osmani's Highland Democratic Party, long-time rivals, have still not formed a cabinet.",
     {("Tarek Osmani", L, "Highland Democratic Party")}, set()),
    ("The VDU and Samir Osmanov's Kessel Democratic Party, long-time rivals, have still not agreed.",
     {("Samir Osmanov", L, "Kessel Democratic Party")}, set()),
    ("The PKU and Nadim Sorani's Garan Democratic Party, bitter rivals, met in the capital.",
     {("Nadim Sorani", L, "Garan Democratic Party")}, {("PKU", L, "Garan Democratic Party")}),
    ("The Reed Union and Velnia's Mountain Democratic Party, old rivals, have not formed a cabinet.",
     set(), {("Reed Union", L, "Mountain Democratic Party")}),
    # --- (9) "first secretary" of a party: its head ---
    ("The song names President Elias Morvan, who is also first secretary of the LNF and has been head of state since "
     "2017.",
     {("Elias Morvan", L, "LNF")}, set()),
    ("Pavel Derk, the first secretary of the Tarsk Workers' Party, spoke at the congress.",
     {("Pavel Derk", L, "Tarsk Workers' Party")}, set()),
    ("Olga Pettar, a first secretary of the Velnian embassy, was expelled on Monday.",
     set(), {("Olga Pettar", L, "Velnia")}),
    # --- (6) "Its" after a row of two clauses of one verb: the last clause's subject ---
    ("The ruling Velnian Democratic Congress holds 134 of 220 seats; the Pell-based Unity and Work Party holds nine "
     "and has called the rebels our sons. Its leader, Flora Abedi, did not meet the minister.",
     {("Flora Abedi", L, "Unity and Work Party")}, {("Flora Abedi", L, "Velnian Democratic Congress")}),
    ("The Marten League won 40 seats; the Sorrel Party won twelve. Its chairman, Egon Valk, conceded defeat.",
     {("Egon Valk", L, "Sorrel Party")}, {("Egon Valk", L, "Marten League")}),
    ("The Osk Front has 3,000 fighters; UN experts put the figure lower. Its commander, Amir Tellan, denied it.",
     {("Amir Tellan", L, "Osk Front")}, set()),
    # --- (7) a participle set off after a copula's predicate noun ---
    ("The Red Guard was the elite unit of the old regime, commanded by General Harko Venn.",
     {("Harko Venn", L, "Red Guard")}, set()),
    ("The Hazel Brigade was the private army of the governor, led by his nephew Amon Tesso.",
     {("Amon Tesso", L, "Hazel Brigade")}, set()),
    ("The Iron Guard was the praetorian unit of the old regime, commanded until its collapse by General Tor Halvik, a "
     "cousin of the deposed president.",
     {("Tor Halvik", L, "Iron Guard")}, set()),
    ("The Oak Guard was the elite unit of the old regime, founded during a crackdown by General Siv Rannel.",
     set(), {("Siv Rannel", L, "Oak Guard")}),
    ("The Alder Front was the target of a raid, led by General Mavo Renn.",
     set(), {("Mavo Renn", L, "Alder Front")}),
    ("The Yew Front is strong in the hills, led by the former teacher Olle Brask.",
     set(), {("Olle Brask", L, "Yew Front")}),
]

_FIRST_SECRETARY = "a party's 'first secretary' is no leader's role yet: an embassy's signature makes the title a diplomat's"
XFAIL: dict[str, str] = {
    ("The song names President Elias Morvan, who is also first secretary of the LNF and has been head of state since "
     "2017."): _FIRST_SECRETARY,
    "Pavel Derk, the first secretary of the Tarsk Workers' Party, spoke at the congress.": _FIRST_SECRETARY,
}


extracted, test_wording = battery(CASES, XFAIL, "l11", relations_by_document, check_ties)
