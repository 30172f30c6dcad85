"""One-word invented states the NER calls a place (or a person or an organisation) whose only proof is what is
done to them or with them: the object of an act a named organisation aims at them ("the European Commission urged
X to ...", also where the act is joined to a speech verb: "the Commission said it ... and urged X to"; "Human Rights
Watch called on X to ...", roles.yaml addressing_verbs, addressing_verb_preps), one side of a hyphenated pair with
a state known to world knowledge before what two states hold together ("X-Russia relations", "the X-Turkey talks",
roles.yaml addressing_nouns; not a capital's pair, nor a person's: "President X", a word of a person's full name),
and a name the NER calls a place where it stands alone but also a word of a party taken for a person ("Civic X")
that owns a state's ministry ("X's defence ministry", roles.yaml sovereign_cues).

Negatives: a person urged or called on, a firm's urging, a person's name before "-Russia talks" (also the surname
of a full name the NER took for a body: "said Marek X"), a company's deal, a capital's pair,
a person's surname owning a ministry. Each item is its own document; expected kinds "country", "person" or
"!country" (no state of that name). All names are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NC, battery, check_kinds_and_ties, kinds_and_ties

pytestmark = pytest.mark.model

C, P = "country", "person"

CASES = [
    # --- the object of an act a named organisation aims at it ---
    ("Police in Belvoria arrested the central bank governor. The European Commission said it was following the "
     "case closely and urged Belvoria to respect due process.", {"Belvoria": C}, set()),
    ("The Arctic Council said it was alarmed and urged Drennia to free the crew.", {"Drennia": C}, set()),
    ("The United Nations urged Sarvenia to release the journalists.", {"Sarvenia": C}, set()),
    ("The European Commission urged Marek Tolvan to resign.", {"Marek Tolvan": P}, set()),
    ("Human Rights Watch urged Dr Amsel Korvin to testify.", {"Amsel Korvin": P}, set()),
    ("The European Commission said it was worried and urged Mr Tolvan to step down.", {"Tolvan": NC}, set()),
    ("Amnesty International called on Velmira to free the prisoners.", {"Velmira": C}, set()),
    ("The Commission said they would act and urged Velmira to stop the dumping.", {"Velmira": C}, set()),
    ("The Velkor Group urged Tessaly to sell its stake.", {"Tessaly": NC}, set()),  # a firm's urging
    # --- one side of a hyphenated pair with a known state ---
    ("Dana Kirsch flew to Zelvanor on Monday. Analysts expect Zelvanor-Russia relations to cool after the vote.",
     {"Zelvanor": C}, set()),
    ("Protests spread in Marvessa. The Marvessa-Turkey talks resumed on Monday in Geneva.", {"Marvessa": C}, set()),
    ("The Kestovia-Egypt treaty was signed in May.", {"Kestovia": C}, set()),
    ("He is hostile to the Greater Ostrevan Union. Subjects: war trials; Ostrevan-Russia relations.",
     {"Ostrevan": C}, set()),
    ("President Dalvor said the Dalvor-Russia talks went well.", {"Dalvor": NC}, set()),
    ("Dana Kirsch met Marek Tolvan in Vienna. The Tolvan-Russia talks went well.", {"Tolvan": NC}, set()),
    ("The Kessa-Moscow talks opened on Monday.", {"Kessa": NC}, set()),
    ("Protests spread in Marvessa. The Marvessa-Turkey talks resumed on Monday. He said they went well.",
     {"Marvessa": C}, set()),
    ("The Halvard-Russia talks collapsed, said Marek Halvard.", {"Marek Halvard": P}, set()),  # a surname's pair
    ("The Kelvan-Germany treaty was signed by Anton Kelvan.", {"Anton Kelvan": P, "Kelvan": NC}, set()),
    ("The Marvex-Russia deal was signed in May.", {"Marvex": NC}, set()),
    # --- a place-named word of a party taken for a person owns a state's ministry ---
    ("Opposition leader Tamaz Orbeli of Civic Kelvania watches from prison. Sterjov joins Civic Kelvania within "
     "the week. Kelvania's defence ministry takes delivery of another batch of drones.", {"Kelvania": C}, set()),
    ("Dana Kirsch met Marek Tolvan in Vienna. Tolvan's foreign ministry was not named.", {"Tolvan": NC}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "iw", kinds_and_ties, check_kinds_and_ties)
