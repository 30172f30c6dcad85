"""leader_of told by wordings that named no leader before (a battery written before changing the reader):

- "the new government of Prime Minister X": the title's own rule over the article's state (kept); not a government
  of a person named as gone ("the government of the late President X"); "the government of X" with no title is left
  (a story about another state names its ruler's government so);
- "X was inaugurated as president" (relations.yaml word_lists.role_verbs), as "sworn in as president" already was;
- "the army, which seized power in 2021 under General X": the body's leader, and, the state's own forces taking
  power, the state's ruler (``relations._took_power``, one check with "X seized power"); not negated;
- "under its convener X": a head role of relations.yaml coalition_head_roles leads any body "under" it, not only a
  coalition; not a narrower role ("under its spokesman X") nor a former one;
- "X, which operates in the Tarn department under Y": "under" hung by the parser on a place noun of the relative
  clause is said of its verb (``relations._place_clause``, facts.yaml local_place_nouns); not "under a deal with Y";
- "A 16 and B, the party of X, 12": a person's party in apposition right after the last name of a coordination is
  that name's (``relations._last_conjunct_named``, reused), not the first conjunct's the parser hung it on;
- "Covenant leader X" after "the Agrarian Covenant": a capitalised word before a title that heads the name of the one
  body named before stands for it (``PhraseResolver.name_head``, beside ``_org_named_by`` for a name's first word);
  not when two such bodies were named;
- "Guard director Major General X": a rank after the title (roles.yaml titles) that ends in a role word ("general")
  but makes no role with it is dropped, so the title still leads (``relations._title_relation``); not a deputy's;
- "the long-time leader of X": relations.yaml seniority_words compared as read (the tokenizer splits "long-time"), so
  the title stays the body's lead (``relations._leads_a_part``); not "one-time", nor a part's chief;
- "3.1 Sela Front (SF). An armed movement in the hills, commanded by X.": a participle on a verbless indefinite
  description after a heading that is wholly a body's name describes that body
  (``relations._heading_description_body``); not after a sentence with words of its own, nor in a clause with a verb.

Each item lists ties that must be present and ties that must be absent (other ties may be emitted). All names are
invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from test_nlp_relations_blind_wordings import check_ties, relations_by_document
from wording_battery import battery_params

pytestmark = pytest.mark.model

L = "leader_of"
M = "member_of"

# a story set in one invented state (a dateline, its army, "in Varnesse"), so that bare titles have a home
HOME = ("Varnesse votes in new era\n\nLORVAL, Varnesse, May 3 - Voters in Varnesse chose a new parliament on Sunday. "
        "The Varnessian army guarded the polling stations. ")

CASES = [
    # --- the government of a titled person (the title's rule) ---
    (HOME + "The new government of Prime Minister Tamal Reza promised reforms.", {("Tamal Reza", L, "Varnesse")},
     set()),
    (HOME + "The government of the late President Tamal Reza built the dam.", set(),
     {("Tamal Reza", L, "Varnesse")}),
    (HOME + "The previous government of Tamal Reza built the dam.", set(), {("Tamal Reza", L, "Varnesse")}),
    # --- inaugurated as president ---
    (HOME + "Tamal Reza, a former banker nominated by the ruling party, was inaugurated as president on Monday.",
     {("Tamal Reza", L, "Varnesse")}, set()),
    (HOME + "Tamal Reza was not inaugurated as president on Monday.", set(), {("Tamal Reza", L, "Varnesse")}),
    (HOME + "Tamal Reza hopes to be inaugurated as president in June.", set(), {("Tamal Reza", L, "Varnesse")}),
    # --- a body that took power under a commander ---
    (HOME + "Refugees fled air strikes by the military, which seized power in 2021 under General Oren Vask and has "
     "ruled since.", {("Oren Vask", L, "Varnesse")}, set()),
    (HOME + "Refugees fled the Tarn Front, which seized power in the east under General Oren Vask.",
     {("Oren Vask", L, "Tarn Front")}, set()),
    (HOME + "Refugees fled the Tarn Front, which did not seize power under General Oren Vask.", set(),
     {("Oren Vask", L, "Tarn Front"), ("Oren Vask", L, "Varnesse")}),
    # --- a head role "under" which a body stands ---
    ("The Citizens Party (CP), founded by students under its convener Jorin Abed, won 6 seats.",
     {("Jorin Abed", L, "Citizens Party")}, set()),
    ("The Citizens Party, which grew quickly under its convener Jorin Abed, won 6 seats.",
     {("Jorin Abed", L, "Citizens Party")}, set()),
    ("The Citizens Party, founded by students under its spokesman Jorin Abed, won 6 seats.", set(),
     {("Jorin Abed", L, "Citizens Party")}),
    ("The Citizens Party, founded by students under its former convener Jorin Abed, won 6 seats.", set(),
     {("Jorin Abed", L, "Citizens Party")}),
    ("The Citizens Party won 6 seats. Its convener Jorin Abed spoke to reporters.", set(),
     {("Jorin Abed", L, "Citizens Party")}),
    # --- "under" hung on a place noun of the relative clause ---
    ("Gran Dox, which operates in the Tarn department under Rell Amar, is not formally part of the coalition.",
     {("Rell Amar", L, "Gran Dox")}, set()),
    ("The Moss Brigade, which operates in the northern province under Colonel Ivo Sark, took the bridge.",
     {("Ivo Sark", L, "Moss Brigade")}, set()),
    ("Gran Dox, which operates in the Tarn department under a deal with Rell Amar, attacked the port.", set(),
     {("Rell Amar", L, "Gran Dox")}),
    ("Gran Dox, which grew in the Tarn department under Rell Amar, attacked the port.", set(),
     {("Rell Amar", L, "Gran Dox")}),
    # --- a heading's description ---
    ("3. THREAT ACTORS\n3.1 Sela Liberation Front (SLF). An armed separatist movement in the Sela highlands, "
     "commanded by Ivo Haddo Karst. Its political arm is based abroad.\n3.2 Velmar Armed Forces (VAF). The air "
     "force, a branch of the VAF, operates drones.", {("Ivo Haddo Karst", L, "Sela Liberation Front")}, set()),
    ("3. THREAT ACTORS\n3.1 Coast Guard Brigades (CGB). A pro-government militia recruited among fishing communities, "
     "financed by party figures and led by Mansur Okel Fadin, a member of parliament.\n3.2 Velmar Armed Forces (VAF). "
     "The air force operates drones.", {("Mansur Okel Fadin", L, "Coast Guard Brigades")}, set()),
    ("3. THREAT ACTORS\n3.1 Coast Guard Brigades (CGB). A militia commanded by Mansur Okel Fadin.\n3.2 Velmar Armed "
     "Forces (VAF). The air force operates drones.", {("Mansur Okel Fadin", L, "Coast Guard Brigades")}, set()),
    ("3. THREAT ACTORS\n3.1 Sela Liberation Front (SLF). A rival militia, armed by the Harbour Union (HU) and "
     "commanded by Ivo Haddo Karst, fights it in the hills.", set(),
     {("Ivo Haddo Karst", L, "Sela Liberation Front")}),
    ("The Sela Liberation Front (SLF) split in May. A new movement, commanded by Ivo Haddo Karst.", set(),
     {("Ivo Haddo Karst", L, "Sela Liberation Front")}),
    # --- a person's party in apposition after a coordination: the last name before the comma ---
    ("The Tessel Front received 19 seats, the Civic Union 16 and the Harbour Party, the party of Jorin Vask, 12.",
     {("Jorin Vask", L, "Harbour Party")}, {("Jorin Vask", L, "Civic Union")}),
    ("The Tessel Front and the Harbour Party, the party of the former mayor Jorin Vask, won seats.",
     {("Jorin Vask", L, "Harbour Party")}, {("Jorin Vask", L, "Tessel Front")}),
    ("The Tessel Front, the party of Jorin Vask, and the Harbour Party won seats.",
     {("Jorin Vask", L, "Tessel Front")}, {("Jorin Vask", L, "Harbour Party")}),
    # --- a title after the word that heads the name of the one body named before ---
    ("The Agrarian Covenant quit the coalition on Monday. Covenant leader Stana Vrey told a news conference that her "
     "party's ministers would resign.", {("Stana Vrey", L, "Agrarian Covenant")}, set()),
    ("The Agrarian Covenant and the Harbour Covenant quit the coalition. Covenant leader Stana Vrey said the talks had "
     "failed.", set(), {("Stana Vrey", L, "Agrarian Covenant"), ("Stana Vrey", L, "Harbour Covenant")}),
    ("The Agrarian Covenant quit the coalition on Monday. Opposition leader Stana Vrey said the talks had failed.",
     set(), {("Stana Vrey", L, "Agrarian Covenant")}),
    # --- a rank after a body's title says nothing of the title ---
    ("The Harbour Guard lost two men. Harbour Guard director Major General Imad Orvan resigned.",
     {("Imad Orvan", L, "Harbour Guard")}, set()),
    ("The Harbour Guard lost two men. Harbour Guard commander General Imad Orvan resigned.",
     {("Imad Orvan", L, "Harbour Guard")}, set()),
    ("The Harbour Guard lost two men. Harbour Guard deputy commander General Imad Orvan resigned.", set(),
     {("Imad Orvan", L, "Harbour Guard")}),
    ("The Harbour Guard lost two men. Harbour Guard spokesman Colonel Imad Orvan resigned.", set(),
     {("Imad Orvan", L, "Harbour Guard")}),
    # --- a hyphenated word of seniority, split by the tokenizer, does not narrow the title ---
    ("Abdel Harun, the long-time leader of the Rivers Movement, spoke on Monday.",
     {("Abdel Harun", L, "Rivers Movement")}, set()),
    ("Abdel Harun, the Rivers Movement's long-time chairman, spoke on Monday.",
     {("Abdel Harun", L, "Rivers Movement")}, set()),
    ("Abdel Harun, the one-time leader of the Rivers Movement, spoke on Monday.", set(),
     {("Abdel Harun", L, "Rivers Movement")}),
    ("Abdel Harun, the long-time finance chief of the Rivers Movement, spoke on Monday.", set(),
     {("Abdel Harun", L, "Rivers Movement")}),
    # --- left (strict xfail) ---
    ("The Tarn Boys have not disarmed. Jorin Abed now leads the remaining fighters and has threatened judges.",
     {("Jorin Abed", L, "Tarn Boys")}, set()),
    ("The Supreme Court of Varnesse upheld the sentence. The majority, written by Justice Marta Olven, found the law "
     "valid. Justice Esteban Lorn, joined by two colleagues, dissented.",
     {("Marta Olven", M, "Supreme Court of Varnesse"), ("Esteban Lorn", M, "Supreme Court of Varnesse")}, set()),
]

XFAIL: dict[str, str] = {
    "The Tarn Boys have not disarmed. Jorin Abed now leads the remaining fighters and has threatened judges.":
        "resolver: a definite plural of followers with no owner ('the remaining fighters') is not read as the "
        "fighters of the body the sentence before is about",
    "The Supreme Court of Varnesse upheld the sentence. The majority, written by Justice Marta Olven, found the law "
    "valid. Justice Esteban Lorn, joined by two colleagues, dissented.":
        "relations: a judge's bare title ('Justice X') in a ruling of the court named before gives no membership",
}


@pytest.fixture(scope="module")
def extracted():
    return relations_by_document([text for text, _, _ in CASES], "lw4")


@pytest.mark.parametrize("i", battery_params(CASES, XFAIL, "lw4"))
def test_wording(extracted, i):
    text, present, absent = CASES[i]
    got = extracted.get(f"lw4{i:03d}", set())
    check_ties(text, present, absent, got)
