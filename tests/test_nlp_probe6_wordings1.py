"""Probe wordings from news styles (wire reports, live blogs, dispatches, translated press items) about invented
states: (1) blame borne by the subject, the critic named after "from" ("the visit drew sharp criticism from X",
"Y faced a rebuke from X", "came under criticism from X"): X accuses Y (plover.yaml ACCUSE "draw|attract|... criticism
<from"; not "some of X's own allies": those close to X, by plover.yaml description_labels, events._described_source);
(2) trade with another stopped by quota, purchase or boycott ("suspended grain quotas for X's importers", "halted
imports from X", "imposed a boycott on X's goods"): a sanction on X (not a party's "boycott of the session", a
protest; not "its own quotas"); (3) a demand joined by "and" to a verb of meeting or summoning someone ("summoned
the X ambassador and demanded the men's release", "met X's foreign minister and urged ..."): X is asked, and a
refusal by X that follows answers the asker (plover.yaml facing_verbs, events._audience_asked; not a demand with a
subject of its own, nor one joined to another verb); (4) a one-word state that is the object of a verb or a
preposition in a sentence with "he" or "she" ("On Saturday he warned Pellandor that ..."): the pronoun names its
sentence's subject, not the state (actors._acted_upon_name; a two-word name there stays a person's); (5) a name an
international body suspends ("The African Union suspended Olmaria after the coup"): a state (roles.yaml
addressing_verbs; not one a club suspends). Several
wordings per mechanism with negatives; all names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, check_named_kinds, events_by_document, kinds_by_document

pytestmark = pytest.mark.model

H = "KORVA, May 3 - Velmora's parliament met on Monday. In Velmora, "

# (text, events that must be present, events that must be absent)
EVENT_CASES = [
    # --- (1) "drew criticism from X": X accuses the subject ---
    (H + "Prime Minister Ana Tels drew sharp criticism from the Kasta Front after she called for talks.",
     {("Kasta Front", "ACCUSE", "Ana Tels")}, set()),
    (H + "the Harbour Compact faced condemnation from Uganda over the dam.",
     {("Uganda", "ACCUSE", "Harbour Compact")}, set()),
    (H + "Kenya has come under heavy criticism from the Ostmark Union over the new border fence.",
     {("Ostmark Union", "ACCUSE", "Kenya")}, set()),
    (H + "Tanzania's decision attracted a stern rebuke from Uganda.",
     {("Uganda", "ACCUSE", "Tanzania")}, set()),
    (H + "Ana Tels met Ivo Mark in Doha. That meeting drew sharp criticism from some of Tels's own allies in the "
     "Kasta Front.", set(), {("Ana Tels", "ACCUSE", "*"), ("*", "ACCUSE", "Ana Tels")}),
    (H + "the Harbour Compact drew praise from Uganda for its restraint.", set(), {("Uganda", "ACCUSE", "*")}),
    (H + "The Harbour Compact's plan drew criticism on Monday.", set(), {("*", "ACCUSE", "*")}),
    # --- (2) quotas, imports and boycotts stopped: a sanction ---
    (H + "Kenya suspended grain quotas for Ugandan importers on Tuesday.", {("Kenya", "SANCTION", "Uganda")}, set()),
    (H + "Tanzania halted all imports from Burundi after the raid.", {("Tanzania", "SANCTION", "Burundi")}, set()),
    (H + "Kenya imposed a boycott on Ugandan goods from Monday.", {("Kenya", "SANCTION", "Uganda")}, set()),
    (H + "The Green Banner Party announced a boycott of the session.", {("Green Banner Party", "PROTEST", "*")},
     {("*", "SANCTION", "*")}),
    (H + "Kenya suspended its own quotas for fishing boats.", set(), {("*", "SANCTION", "*")}),
    # --- (3) "summoned the X ambassador and demanded ...": X is asked ---
    (H + "Foreign Minister Petra Hollik summoned the Ugandan ambassador and demanded the immediate release of the "
     "fishermen. Uganda refused to hand over the men.",
     {("Petra Hollik", "REQUEST", "Uganda"), ("Uganda", "REJECT", "Petra Hollik")}, set()),
    (H + "Ana Tels met Uganda's foreign minister and demanded the release of the two engineers.",
     {("Ana Tels", "REQUEST", "Uganda")}, set()),
    (H + "Ana Tels phoned Ivo Mark, Uganda's president, and urged an end to the raids.",
     {("Ana Tels", "REQUEST", "Ivo Mark|Uganda")}, set()),
    (H + "Ana Tels met Uganda's foreign minister and Kenya demanded the release of the men.", set(),
     {("Kenya", "REQUEST", "Uganda")}),
    (H + "Ana Tels closed the border with Uganda and demanded the release of the men.", set(),
     {("Ana Tels", "REQUEST", "Uganda")}),
]

# (text, {name: kind it must have}, {name: kind it must not have})
KIND_CASES = [
    # --- (4) a one-word state that is an object in a sentence with "he" / "she" ---
    ("NERIMBE - Fighters of the Okarin Defence Force, a militia armed and paid by neighbouring Pellandor, shelled "
     "the city again.\nGeneral Tomas Heyde ordered reinforcements to the east and warned Pellandor that any "
     "further attack would be treated as an act of war, he said.\n", {"Pellandor": "country"}, {}),
    ("Fighters backed by neighbouring Dravenza shelled the port. On Sunday she accused Dravenza of arming them, "
     "and her government recalled its ambassador.\n", {"Dravenza": "country"}, {}),
    ("Troops from neighbouring Brezhova crossed the river on Monday. The president said he would ask Brezhova to "
     "pull them back.\n", {"Brezhova": "country"}, {}),
    # --- (5) a name a body of states suspends ---
    ("The African Union suspended Olmaria after the coup, and the military council said it would not step down.\n",
     {"Olmaria": "country"}, {}),
    ("The African Union has suspended Quessary since the putsch; its junta says elections will wait.\n",
     {"Quessary": "country"}, {}),
    ("The Harbour Rowing Club suspended Tarnel Osk for two races after the fight.\n", {}, {"Tarnel Osk": "country"}),
    ("President Osk Vandren met the envoys on Monday. Later he thanked Vandren's aides and said he was tired.\n",
     {}, {"Vandren": "country"}),
]

XFAIL: dict[str, str] = {
    "The African Union has suspended Quessary since the putsch; its junta says elections will wait.\n":
        "the tagger calls the suspended name an organisation, and actors._addressed_state reads only a name it calls "
        "a place (a firm is suspended too)",
}

extracted_events, test_probe6_events = battery(EVENT_CASES, XFAIL, "probe6e_", events_by_document, check_events,
                                               fixture="extracted_events")
extracted_kinds, test_probe6_kinds = battery(KIND_CASES, XFAIL, "probe6k_", kinds_by_document, check_named_kinds,
                                             empty=dict, fixture="extracted_kinds")
