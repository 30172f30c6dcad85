"""Lasting hostility (opposes) in the ways unseen articles state it, written before the fix, each way in several
wordings of my own with invented names: a government denied its standing ("refuses to recognise", "has never
recognised", "withdrew its recognition of"); a group that broke away from another, then "the two groups" fighting
since; a fight "for control of" a place; ties cut with a government; an "opposition" body named by a noun other than
"party"; a warrant issued against a rival leader. And NEGATIVES: a result, a deal or a vote not recognised (no
actor), a hypothetical or threatened refusal, a recognition that was granted, a fight the text says did not happen.

End to end with the real English pipeline, each text its own document; opposes is compared without direction
(tests/test_nlp_relations_blind_wordings.check_ties). All names are invented."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

O = "opposes"

CASES = [
    # --- a government denied its standing ---
    ("The Marsh Covenant, an armed sect in the delta, refuses to recognise the government of Peru.",
     {("Marsh Covenant", O, "Peru")}, set()),
    ("Elder Tomas Vell, who since the floods has refused to recognise the authority of Chile's government, spoke "
     "to pilgrims on Friday.", {("Tomas Vell", O, "Chile")}, set()),
    ("In a short statement the Granite Brigades said they do not recognise the government in Bolivia.",
     {("Granite Brigades", O, "Bolivia")}, set()),
    ("Chile's parliament met on Monday. The Harrow Council, a clan body that has refused to recognise the "
     "government's authority since 2022, boycotted the session.", {("Harrow Council", O, "Chile")}, set()),
    ("The Cobalt Brigades, an Iran-funded militia, said on Sunday that they do not recognise the government of "
     "Peru.", {("Cobalt Brigades", O, "Peru")}, {("Iran", O, "Peru")}),
    ("The Tarvel Assembly withdrew its recognition of the government of Ecuador in 2021.",
     {("Tarvel Assembly", O, "Ecuador")}, set()),
    ("The Lantern Front has never recognised the junta of Guinea and calls its ministers usurpers.",
     {("Lantern Front", O, "Guinea")}, set()),
    ("The Harrow Council declined to recognise Peru's cabinet after the disputed vote.",
     {("Harrow Council", O, "Peru")}, set()),
    # negatives: a result or a deal is no actor; a threat or a hypothetical is no stance; a granted recognition
    ("The Civic Hearth Party refuses to recognise the result of the election in Peru.",
     set(), {("Civic Hearth Party", O, "Peru")}),
    ("The Granite Brigades warned that they would not recognise any government in Bolivia that excluded them.",
     set(), {("Granite Brigades", O, "Bolivia")}),
    ("The Marsh Covenant said it will never accept, nor recognise, the ceasefire deal Peru signed last week.",
     set(), {("Marsh Covenant", O, "Peru")}),
    ("The Lantern Front recognised the new government of Guinea on Tuesday.",
     set(), {("Lantern Front", O, "Guinea")}),
    ("Officials denied that the Harrow Council had refused to recognise the government of Peru.",
     set(), {("Harrow Council", O, "Peru")}),
    # --- a group that broke away, then "the two groups" ---
    ("In 2014 the Tarn Brotherhood split from the Valley Army over money; their gunmen still clash most weeks.",
     {("Tarn Brotherhood", O, "Valley Army")}, set()),
    ("The Free Orvel Movement broke away from the Orvel People's Party in 2011, and the two parties have feuded "
     "ever since.", {("Free Orvel Movement", O, "Orvel People's Party")}, set()),
    ("The Kestrel Legion, a splinter of the Dune Guard, has been fighting its parent group since 2019.",
     {("Kestrel Legion", O, "Dune Guard")}, set()),
    # --- a fight for control ---
    ("The Sable Hand militia fought the Coastal Front for control of the northern highway until the 2019 truce.",
     {("Sable Hand", O, "Coastal Front")}, set()),
    ("For three years the Copper Hills Brigade and the Riverside Guard fought over control of the mines.",
     {("Copper Hills Brigade", O, "Riverside Guard")}, set()),
    # negation: a fight that did not happen
    ("The Copper Hills Brigade has not fought the Riverside Guard since the 2019 truce.",
     set(), {("Copper Hills Brigade", O, "Riverside Guard")}),
    ("The Sable Hand has never fought the Coastal Front, its commander insisted.",
     set(), {("Sable Hand", O, "Coastal Front")}),
    # --- ties cut with a government ---
    ("Last year the Selm Regional Council cut all ties with the government of Chile.",
     {("Selm Regional Council", O, "Chile")}, set()),
    ("Hadrel Province severed relations with the federal government of Brazil in 2020.",
     {("Hadrel Province", O, "Brazil")}, set()),
    # --- an opposition body named by another noun ---
    ("The Dawn Citizens Forum, the main opposition umbrella in Ecuador, is chaired by Rosa Lenk. President Arno "
     "Dav heads the ruling Torch Party.", {("Dawn Citizens Forum", O, "Torch Party")}, set()),
    ("Deputies loyal to the Dawn Citizens Forum, the opposition coalition headed by Rosa Lenk, boycotted the session. "
     "President Arno Dav of Ecuador leads the ruling Torch Party.", {("Dawn Citizens Forum", O, "Torch Party")}, set()),
    ("The opposition Farmers' Alternative, chaired by Ines Marl, took 28 seats. President Arno Dav of Ecuador leads "
     "the ruling Torch Party.", {("Farmers' Alternative", O, "Torch Party")}, set()),
    ("The Dawn Citizens Forum, the opposition Torch Party and the Green League signed the petition.",
     set(), {("Dawn Citizens Forum", O, "Ecuador"), ("Dawn Citizens Forum", O, "Green League")}),
    ("Ecuador's largest opposition bloc, the Dawn Alliance, walked out of the chamber. President Arno Dav leads "
     "the ruling Torch Party.", {("Dawn Alliance", O, "Torch Party")}, set()),
    # --- a warrant against a rival leader ---
    ("The government of Chile issued an arrest warrant for Gero Mast, the leader of the Selm Front, in March.",
     {("Selm Front", O, "Chile")}, set()),
    # --- review mends: a standing noun owned by no state ---
    ("Velnia's army is small. The Harrow Council does not accept the authority of the tribunal, its elders said.",
     set(), {("Harrow Council", O, "Velnia")}),
    ("Velnia's army is small. The Harrow Council has refused to recognise the administration of the refugee camp.",
     set(), {("Harrow Council", O, "Velnia")}),
    ("Peru does not accept the authority of the Permanent Court of Arbitration.",
     set(), {("Peru", O, "Permanent Court of Arbitration")}),
    ("The Harrow Council does not recognise the authority of Chile's government.", {("Harrow Council", O, "Chile")},
     set()),
]

XFAIL: dict[str, str] = {
    "The Free Orvel Movement broke away from the Orvel People's Party in 2011, and the two parties have feuded "
    "ever since.": "'broke away from' is no rupture verb and 'the two parties' is not resolved to the pair named "
                   "before (one development occurrence of the pair form)",
    "The Kestrel Legion, a splinter of the Dune Guard, has been fighting its parent group since 2019.":
        "'its parent group' (a description of the body split from) is not resolved to an actor",
    "The Sable Hand militia fought the Coastal Front for control of the northern highway until the 2019 truce.":
        "a simple-past fight 'for control of' a place is read as one event, not a lasting contest (one development "
        "occurrence; not fixed)",
    "Hadrel Province severed relations with the federal government of Brazil in 2020.":
        "a province cutting ties with its own federal government: broken_ties asks both sides be states or "
        "organisations and the province is a place",
    "Ecuador's largest opposition bloc, the Dawn Alliance, walked out of the chamber. President Arno Dav leads the "
    "ruling Torch Party.": "an opposition noun with an owner is read as another state's opposition "
                           "(_opposition_noun), even when the owner is the article's own state",
    "The government of Chile issued an arrest warrant for Gero Mast, the leader of the Selm Front, in March.":
        "an arrest warrant is an event (COERCE); whether it states a lasting hostility with the leader's body is "
        "left open",
}


extracted, test_wording = battery(CASES, XFAIL, "o", relations_by_document, check_ties)
