"""leader_of told by wordings that named no leader before (a battery written before changing the reader):

- "the new government of Prime Minister X": the title's own rule over the article's state (kept); not a government
  of a person named as gone ("the government of the late President X"); "the government of X" with no title is left
  (a story about another state names its ruler's government so);
- "X was inaugurated as president" (relations.yaml word_lists.role_verbs), as "sworn in as president" already was;
- "the army, which took power in 2019 under General X": the body's leader, and, the state's own forces taking
  power, the state's ruler (``relations._took_power``, one check with "X seized power"); not negated;
- "under its convener X": a head role of relations.yaml coalition_head_roles leads any body "under" it, not only a
  coalition; not a narrower role ("under its spokesman X") nor a former one;
- "X, which operates in the Pell district under Y": "under" hung by the parser on a place noun of the relative
  clause is said of its verb (``relations._place_clause``, facts.yaml local_place_nouns); not "under a deal with Y";
- "A 16 and B, the party of X, 12": a person's party in apposition right after the last name of a coordination is
  that name's (``relations._last_conjunct_named``, reused), not the first conjunct's the parser hung it on;
- "Compact leader X" after "the Orchard Compact": a capitalised word before a title that heads the name of the one
  body named before stands for it (``PhraseResolver.name_head``, beside ``_org_named_by`` for a name's first word);
  not when two such bodies were named;
- "Guard director Major General X": a rank after the title (roles.yaml titles) that ends in a role word ("general")
  but makes no role with it, itself a whole title ("major general"), is dropped, so the title still leads (``relations._title_relation``); not a deputy's, nor a title's own words ("chief
  financial officer");
- "the long-time leader of X": relations.yaml seniority_words compared as read (the tokenizer splits "long-time"), so
  the title stays the body's lead (``relations._leads_a_part``); not "one-time", nor a part's chief;
- "2.1 Pell Front (PF). A rebel band of the hills, headed by X.": a participle on a verbless indefinite
  description after a heading that is wholly a body's name describes that body
  (``relations._heading_description_body``); not after a sentence with words of its own, nor in a clause with a verb.

Each item lists ties that must be present and ties that must be absent (other ties may be emitted). All names are
invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

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
    (HOME + "Tamal Reza, a retired surgeon, was inaugurated as president in June.",
     {("Tamal Reza", L, "Varnesse")}, set()),
    (HOME + "Tamal Reza was not inaugurated as president on Monday.", set(), {("Tamal Reza", L, "Varnesse")}),
    (HOME + "Tamal Reza hopes to be inaugurated as president in June.", set(), {("Tamal Reza", L, "Varnesse")}),
    # --- a body that took power under a commander ---
    (HOME + "Villagers fear the army, which took power in 2019 under General Oren Vask and still rules.",
     {("Oren Vask", L, "Varnesse")}, set()),
    (HOME + "Villagers fear the Tarn Front, which seized power in the east under General Oren Vask.",
     {("Oren Vask", L, "Tarn Front")}, set()),
    (HOME + "Villagers fear the Tarn Front, which did not seize power under General Oren Vask.", set(),
     {("Oren Vask", L, "Tarn Front"), ("Oren Vask", L, "Varnesse")}),
    # --- a head role "under" which a body stands ---
    ("The Lantern Youth League, set up by students under its convener Jorin Abed, took four seats.",
     {("Jorin Abed", L, "Lantern Youth League")}, set()),
    ("The Lantern Youth League, which grew quickly under its convener Jorin Abed, took four seats.",
     {("Jorin Abed", L, "Lantern Youth League")}, set()),
    ("The Lantern Youth League, set up by students under its spokesman Jorin Abed, took four seats.", set(),
     {("Jorin Abed", L, "Lantern Youth League")}),
    ("The Lantern Youth League, set up by students under its former convener Jorin Abed, took four seats.", set(),
     {("Jorin Abed", L, "Lantern Youth League")}),
    ("The Lantern Youth League took four seats. Its convener Jorin Abed spoke to reporters.", set(),
     {("Jorin Abed", L, "Lantern Youth League")}),
    # --- "under" hung on a place noun of the relative clause ---
    ("Vell Dox, which operates in the Pell district under Tovik Amar, has no seat in the alliance.",
     {("Tovik Amar", L, "Vell Dox")}, set()),
    ("The Moss Brigade, which operates in the northern province under Colonel Ivo Sark, took the bridge.",
     {("Ivo Sark", L, "Moss Brigade")}, set()),
    ("Vell Dox, which operates in the Pell district under a deal with Tovik Amar, raided the port.", set(),
     {("Tovik Amar", L, "Vell Dox")}),
    ("Vell Dox, which grew in the Pell district under Tovik Amar, raided the port.", set(),
     {("Tovik Amar", L, "Vell Dox")}),
    # --- a heading's description ---
    ("2. ARMED GROUPS\n2.1 Pell Hill Front (PHF). A rebel movement of the Pell hills, headed by Ivo Dannic Karst. "
     "It keeps camps abroad.\n2.2 Velmar Armed Forces (VAF). The air force, a branch of the VAF, flies drones.",
     {("Ivo Dannic Karst", L, "Pell Hill Front")}, set()),
    ("2. ARMED GROUPS\n2.1 Shore Watch Brigades (SWB). A loyalist militia drawn from the river towns, paid by party "
     "donors and led by Osric Telmar, a senator.\n2.2 Velmar Armed Forces (VAF). The air force flies drones.",
     {("Osric Telmar", L, "Shore Watch Brigades")}, set()),
    ("2. ARMED GROUPS\n2.1 Shore Watch Brigades (SWB). A militia commanded by Osric Telmar.\n2.2 Velmar Armed "
     "Forces (VAF). The air force flies drones.", {("Osric Telmar", L, "Shore Watch Brigades")}, set()),
    ("2. ARMED GROUPS\n2.1 Pell Hill Front (PHF). A rival militia, armed by the Lamp Union (LU) and commanded by "
     "Ivo Dannic Karst, fights it in the hills.", set(), {("Ivo Dannic Karst", L, "Pell Hill Front")}),
    ("The Pell Hill Front (PHF) split in May. A new movement, commanded by Ivo Dannic Karst.", set(),
     {("Ivo Dannic Karst", L, "Pell Hill Front")}),
    # --- a person's party in apposition after a coordination: the last name before the comma ---
    ("The Tessel Front took 30 seats, the Lamp Union 21 and the Harbour Party, the party of Jorin Vask, 9.",
     {("Jorin Vask", L, "Harbour Party")}, {("Jorin Vask", L, "Lamp Union")}),
    ("The Tessel Front and the Harbour Party, the party of the former mayor Jorin Vask, won seats.",
     {("Jorin Vask", L, "Harbour Party")}, {("Jorin Vask", L, "Tessel Front")}),
    ("The Tessel Front, the party of Jorin Vask, and the Harbour Party won seats.",
     {("Jorin Vask", L, "Tessel Front")}, {("Jorin Vask", L, "Harbour Party")}),
    # --- a title after the word that heads the name of the one body named before ---
    ("The Orchard Compact quit the cabinet on Monday. Compact leader Mila Orrin told reporters that her ministers "
     "would go.", {("Mila Orrin", L, "Orchard Compact")}, set()),
    ("The Orchard Compact and the Harbour Compact quit the cabinet. Compact leader Mila Orrin said the talks had "
     "failed.", set(), {("Mila Orrin", L, "Orchard Compact"), ("Mila Orrin", L, "Harbour Compact")}),
    ("The Orchard Compact quit the cabinet on Monday. Opposition leader Mila Orrin said the talks had failed.",
     set(), {("Mila Orrin", L, "Orchard Compact")}),
    # (a former post: "Former Compact leader X", "ex-Compact leader X", "Former Front commander X")
    ("The Orchard Compact quit the cabinet on Monday. Former Compact leader Mila Orrin said the talks had failed.",
     set(), {("Mila Orrin", L, "Orchard Compact")}),
    ("The Orchard Compact quit the cabinet on Monday. Ex-Compact leader Mila Orrin said the talks had failed.",
     set(), {("Mila Orrin", L, "Orchard Compact")}),
    ("The Tessel Front quit the cabinet on Monday. Former Front commander Mila Orrin said the talks had failed.",
     set(), {("Mila Orrin", L, "Tessel Front")}),
    # --- a rank after a body's title says nothing of the title ---
    ("The Harbour Guard lost two men. Harbour Guard director Brigadier General Kasim Orvan resigned.",
     {("Kasim Orvan", L, "Harbour Guard")}, set()),
    ("The Harbour Guard lost two men. Harbour Guard commander General Kasim Orvan resigned.",
     {("Kasim Orvan", L, "Harbour Guard")}, set()),
    ("The Harbour Guard lost two men. Harbour Guard deputy commander General Kasim Orvan resigned.", set(),
     {("Kasim Orvan", L, "Harbour Guard")}),
    ("The Harbour Guard lost two men. Harbour Guard spokesman Colonel Kasim Orvan resigned.", set(),
     {("Kasim Orvan", L, "Harbour Guard")}),
    ("The Kessel Mining Company reported a loss. Kessel Mining Company chief financial officer Priya Ramal said costs "
     "rose.", set(), {("Priya Ramal", L, "Kessel Mining Company")}),
    # --- a hyphenated word of seniority, split by the tokenizer, does not narrow the title ---
    ("Abdel Harun, the long-time leader of the Rivers Union, spoke on Monday.",
     {("Abdel Harun", L, "Rivers Union")}, set()),
    ("Abdel Harun, the Rivers Union's long-time chairman, spoke on Monday.",
     {("Abdel Harun", L, "Rivers Union")}, set()),
    ("Abdel Harun, the one-time leader of the Rivers Union, spoke on Monday.", set(),
     {("Abdel Harun", L, "Rivers Union")}),
    ("Abdel Harun, the long-time finance chief of the Rivers Union, spoke on Monday.", set(),
     {("Abdel Harun", L, "Rivers Union")}),
    # --- left (strict xfail) ---
    ("The Tarn Boys never disarmed. Jorin Abed now heads the fighters who are left.",
     {("Jorin Abed", L, "Tarn Boys")}, set()),
    ("The High Tribunal of Varnesse upheld the law. The main opinion, by Justice Greta Olven, was short. Justice "
     "Pavel Lorn dissented with two colleagues.",
     {("Greta Olven", M, "High Tribunal of Varnesse"), ("Pavel Lorn", M, "High Tribunal of Varnesse")}, set()),
]

XFAIL: dict[str, str] = {
    "The Tarn Boys never disarmed. Jorin Abed now heads the fighters who are left.":
        "resolver: a definite plural of followers with no owner ('the fighters who are left') is not read as the "
        "fighters of the body the sentence before is about",
    "The High Tribunal of Varnesse upheld the law. The main opinion, by Justice Greta Olven, was short. Justice "
    "Pavel Lorn dissented with two colleagues.":
        "relations: a judge's bare title ('Justice X') in a ruling of the court named before gives no membership",
}


extracted, test_wording = battery(CASES, XFAIL, "lw4", relations_by_document, check_ties)
