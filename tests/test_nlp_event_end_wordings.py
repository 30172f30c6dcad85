"""PLOVER events whose second end is easy to lose (a battery written before changing the event reader): the act is
found but its target (or source) must come from a pronoun ("accused him of"), a possessive ("turned down the
Assembly's invitation"), a definite description ("the task force", "the brigade"), a prepositional phrase ("held talks
with X", "a strike on X"), a compound modifier ("an Egyptian army patrol"), a nominal act ("the arrest of X by Y"), a
passive ("was attacked by"), a second conjunct ("rejected ... and accused X"), or a list of meeting parties ("the
foreign ministers of A, B and C met"). Negatives keep precision: an act whose other end the text does not name gets
none invented, and subjects coordinated before a verb of meeting someone with its object ("A and B met the
strikers"; plover.yaml audience_verbs) did not meet each other.

Same conventions as tests/test_nlp_events_blind_wordings2.py: "A|B" either name, "*" any end, a type ending in "~"
compared without direction. Real states and invented parties, militias and people; end to end with the real English
pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

# (text, events that must be present, events that must be absent)
CASES = [
    # --- a pronoun as the other end ---
    ("Governor Pavel Strunz sacked his deputy, Orin Halse, in June. Weeks later Strunz accused him of leaking "
     "budget papers to reporters.",
     {("Pavel Strunz", "ACCUSE", "Orin Halse")}, set()),
    ("Mayor Ada Kettering summoned Bram Tolliver and Ruth Ansel to city hall on Friday. Kettering told them to "
     "settle the quarrel before the vote.",
     {("Ada Kettering", "REQUEST", "Bram Tolliver"), ("Ada Kettering", "REQUEST", "Ruth Ansel")}, set()),
    ("The Amber Shore Party expelled its treasurer, Nils Varga, in May, and its chairman Joren Pike later "
     "denounced him on television.",
     {("Joren Pike|Amber Shore Party", "ACCUSE", "Nils Varga")}, set()),
    # --- a possessive as the other end ---
    ("The Corvane Assembly asked General Marek Dunholt to testify. Dunholt turned down the Assembly's invitation.",
     {("Marek Dunholt", "REJECT", "Corvane Assembly")}, set()),
    ("The Salt Marsh League put forward a ceasefire plan. Peru rejected the League's proposal within a day.",
     {("Peru", "REJECT", "Salt Marsh League")}, set()),
    # --- a definite description of a named body ---
    ("The Northern Relief Task Force keeps 4,000 troops along the river. This month Mali accused the task force of "
     "spying for foreign powers.",
     {("Mali", "ACCUSE", "Northern Relief Task Force")}, set()),
    ("The Ostrava Hills Brigade controls the northern ridge. Serbia's interior minister accused the brigade of "
     "smuggling fuel across the pass.",
     {("Serbia", "ACCUSE", "Ostrava Hills Brigade")}, set()),
    ("The Rovan People's Front, an armed rebel group, has fought the army of Chad since 2019. Chad's defence "
     "minister accused the rebels of burning schools.",
     {("Chad", "ACCUSE", "Rovan People's Front")}, set()),
    # --- a description whose charge the parser hangs on it ("the rebels of burning schools": a gerund read as the
    # adjective of its object) is still the description of a body named before ---
    ("Armed men of the Harrow Liberation Army hold the eastern hills. Kenya accused the separatists of looting "
     "shops in the border towns.",
     {("Kenya", "ACCUSE", "Harrow Liberation Army")}, set()),
    ("The Black Ridge Militia seized two villages last week. Mali's army accused the militants of killing four "
     "teachers.",
     {("Mali|Mali military", "ACCUSE", "Black Ridge Militia")}, set()),
    ("The Senate elected Dora Quill as governor in May. A week later the opposition accused the governor of "
     "burning ballots.",
     {("*", "ACCUSE", "Dora Quill")}, set()),
    ("Varn Oskar, a hardline cleric, leads the Friday prayers in the capital. Peru accused the cleric of inciting "
     "riots.",
     {("Peru", "ACCUSE", "Varn Oskar")}, set()),
    # --- a prepositional phrase ---
    ("The Dawn Reform Party held lengthy talks with the Green Coast League on Sunday.",
     {("Dawn Reform Party", "CONSULT~", "Green Coast League")}, set()),
    ("Turkish drones carried out a strike on positions of the Mountain Eagle Front overnight.",
     {("Turkey|Turkey military", "ASSAULT", "Mountain Eagle Front")}, set()),
    # --- a compound modifier names the body hit ---
    ("The Dravic People's Army, a rebel militia, ambushed an Egyptian army patrol on Tuesday.",
     {("Dravic People's Army", "ASSAULT", "Egypt|Egypt military")}, set()),
    # --- a nominal act and a passive ---
    ("The detention of the opposition leader Tomas Brill by Georgian police drew large protests.",
     {("Georgia|Georgia police", "COERCE", "Tomas Brill")}, set()),
    ("A convoy of the Red Valley Militia was attacked by Sudanese jets near the river.",
     {("Sudan|Sudan military", "ASSAULT", "Red Valley Militia")}, set()),
    # --- the other end in a second conjunct ---
    ("The Sable Hills Movement walked out of the round and accused Ethiopia of bad faith.",
     {("Sable Hills Movement", "ACCUSE", "Ethiopia")}, set()),
    ("Bolivia arrested three leaders of the Northern Cross Party and then banned the party outright.",
     {("Bolivia", "COERCE|SANCTION", "Northern Cross Party")}, set()),
    # --- a list of meeting parties ---
    ("The foreign ministers of Kenya, Uganda and Tanzania met in Arusha on Monday.",
     {("Kenya", "CONSULT~", "Uganda"), ("Kenya", "CONSULT~", "Tanzania"), ("Uganda", "CONSULT~", "Tanzania")},
     set()),
    ("Kenya's Mara Otieno and Uganda's Paul Kiwanuka met in Kampala in May.",
     {("Mara Otieno|Kenya", "CONSULT~", "Paul Kiwanuka|Uganda")}, set()),
    ("The Harrow Valley Union and the Lantern Coast Party met in Orsk on Friday.",
     {("Harrow Valley Union", "CONSULT~", "Lantern Coast Party")}, set()),
    # --- negatives: subjects coordinated before a verb of meeting someone with its object met a third party ---
    ("The Harrow Valley Union and the Lantern Coast Party met the striking miners in Orsk on Friday.",
     set(), {("Harrow Valley Union", "CONSULT~", "Lantern Coast Party")}),
    ("A Velnian navy commander and a Velnian army colonel met the strikers in Orsk on Monday.",
     set(), {("Velnia navy|Velnia military", "CONSULT~", "Velnia navy|Velnia military")}),
    # --- negatives: no other end in the text, none invented ---
    ("The Silver Lake Movement rejected the offer. Chile later closed its embassy in the capital.",
     set(), {("Chile", "SANCTION", "Silver Lake Movement"), ("Silver Lake Movement", "REJECT", "Chile")}),
    ("The Iron Gate Front signed a truce with Niger in March. Weeks later the group's commander, Ulf Harrow, "
     "refused to comment.",
     set(), {("Ulf Harrow|Iron Gate Front", "REJECT", "Niger")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "n", events_by_document, check_events)
