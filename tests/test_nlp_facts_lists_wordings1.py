"""Seat and troop counts whose holder the reader lost:

* a gapped list after a house's size ("The House has 200 members. A holds 64 seats, B 40 and C 12"): the parser hangs
  the entries after the verb on the first holder, which is no list of co-subjects (``_named_list``);
* a one-word body whose name the NER glued to its count in a list ("B 40" as one entity), known as a body elsewhere
  in the text (``_gapped``);
* a described subject with its name set off right before the verb ("The only opposition party left in parliament,
  the C Party, took nine"), the name hung on a word of the description (``_subject``); a name the NER takes for a
  person set off so after a body's noun and its participle phrase is the body's (actors ``_body_noun_set_before``),
  not after a phrase with an agent ("the faction owned by a local tycoon, X,");
* "withdrew its 1,500 soldiers": all the troops it had there (``_all_withdrawn``), not "withdrew 500 of its soldiers",
  "its first 500 soldiers", "reduced its 1,500 soldiers to 500", "X and Y withdrew their 3,000 soldiers", "will
  withdraw 800 troops" or "asked X to withdraw its troops";
* "60 Ostlandic instructors train its special forces": trainers of an armed body told by its men (``_state_aides``).

Invented parties and states (the states that send troops are real ones); end to end with the real English pipeline.
Names are compared without case and a leading "the"."""
from __future__ import annotations

import pytest

from wording_battery import assert_facts, battery, facts_by_document

pytestmark = pytest.mark.model

S, T = "seats", "troops"

CASES = [
    # --- a gapped list after the house's size ---
    ("The House of Tarsia has 300 members. The Unity Front holds 110 seats, the Green League 102, the Copper Party 86 "
     "and the Farmers Party 44.",
     {("House of Tarsia", S, 300), ("Unity Front", S, 110), ("Green League", S, 102), ("Copper Party", S, 86),
      ("Farmers Party", S, 44)}),
    ("The Dalvor assembly has 200 seats. The Dawn Party holds 64 seats, the Reed League 40 and the Salt Union 12.",
     {("Dalvor assembly", S, 200), ("Dawn Party", S, 64), ("Reed League", S, 40), ("Salt Union", S, 12)}),
    # a real list of co-subjects is a sum, nobody's
    ("The Dawn Party, the Reed League and the Salt Union hold 110 seats between them.", set()),
    ("The Dawn Party, the Reed League and the Salt Union won 110 seats.", set()),
    # --- a one-word body glued to its count by the NER ---
    ("The House of Tarsia has 300 members. The Unity Front holds 110 seats, Tessar 102, Brenmat 86, KirDem 69, the "
     "Civic League 68 and Vantis 44. Tessar and KirDem are parties.",
     {("House of Tarsia", S, 300), ("Unity Front", S, 110), ("Tessar", S, 102), ("Brenmat", S, 86),
      ("KirDem", S, 69), ("Civic League", S, 68), ("Vantis", S, 44)}),
    ("The House of Tarsia has 300 members. The Unity Front holds 110 seats, the Copper Party 102, KirDem 69 and the "
     "Civic League 68. KirDem and the Copper Party are rivals.",
     {("House of Tarsia", S, 300), ("Unity Front", S, 110), ("Copper Party", S, 102), ("KirDem", S, 69),
      ("Civic League", S, 68)}),
    # --- a described subject, its name set off before the verb ---
    ("The ruling Velmar Party won 71 of the 90 seats in the Korvath parliament last autumn. The only opposition party "
     "left in parliament, the Free Path Party, took nine.",
     {("Korvath parliament", S, 90), ("Velmar Party", S, 71), ("Free Path Party", S, 9)}),
    ("The Velmar Party won 71 seats. The largest party in the north, the Free Path Party, won nine.",
     {("Velmar Party", S, 71), ("Free Path Party", S, 9)}),
    ("The smallest group in the chamber, the Reed League, holds four seats.", {("Reed League", S, 4)}),
    # a one-word-per-part name the NER takes for a person, set off after the party noun and its participle phrase
    ("The only opposition party left in parliament, Tamir Sholpan, took nine seats.", {("Tamir Sholpan", S, 9)}),
    # a participle's phrase ending in a post: the name is its holder, a person, no seat holder
    ("The Dawn Party won 40 seats. A group of Dawn MPs led by the deputy chair, Tamir Sholpan, won nine seats.",
     {("Dawn Party", S, 40)}),
    # --- all the troops withdrawn ---
    ("France withdrew its roughly 1,500 soldiers from Mali by December.", {("France", T, 1500)}),
    ("France pulled out its last 400 troops from Niger in May.", {("France", T, 400)}),
    ("Ostria refused to withdraw its 2,000 troops.", {("Ostria", T, 2000)}),
    # a part withdrawn, troops added, a plan, another's troops
    ("France withdrew 500 of its soldiers from Mali.", set()),
    ("France withdrew its additional 500 soldiers from Mali.", set()),
    ("France will withdraw 800 troops from Mali.", set()),
    ("Tarsia asked Ostria to withdraw its 2,000 troops.", set()),
    # --- trainers of an armed body told by its men ---
    ("In 2024 Russia delivered four helicopters to the Malian army, and about 60 Russian instructors now train its "
     "special forces.", {("Russia", T, 60)}),
    ("About 40 French advisers train local soldiers in Chad.", {("France", T, 40)}),
    ("About 40 French advisers train local teachers in Chad.", set()),
    ("About 40 French instructors did not train its special forces.", set()),
    ("About 60 Russian instructors used to train its special forces.", set()),
    ("About 60 Russian instructors train its police officers.", set()),
    ("Its special forces are trained by about 60 Russian instructors.", {("Russia", T, 60)}),
    # --- review probes: all troops withdrawn, told with a date; a part (an ordinal), a cut to a new level, a sum ---
    ("France withdrew its 1,500 soldiers from Mali in 2014.", {("France", T, 1500)}),
    ("France withdrew its first 500 soldiers from Mali.", set()),
    ("France reduced its 1,500 soldiers in Mali to 500.", set()),
    ("Ostria cut its 2,000 troops in Tarsia by half.", set()),
    ("France and Britain withdrew their 3,000 soldiers from Mali.", set()),
    # --- a set-off name after a body's noun and its participle phrase: the body's, unless the phrase has an agent
    # ("owned by a local tycoon, X,": X may be the tycoon) ---
    ("The only opposition party left after the war, Tamir Sholpan, took nine seats.", {("Tamir Sholpan", S, 9)}),
    ("The faction owned by a local tycoon, Tamir Sholpan, won nine seats.", set()),
]

XFAIL: dict[str, str] = {
    CASES[4][0]: "a one-word body the NER types a person ('Tessar 102', 'Brenmat', 'Vantis') is no seat holder; only "
                 "the one-word body known as a body elsewhere is read",
}


extracted, test_wording = battery(CASES, XFAIL, "fl", facts_by_document, assert_facts)
