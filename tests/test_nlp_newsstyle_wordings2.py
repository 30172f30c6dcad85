"""A fact-check's claims (probe documents of the thirty-fifth session, second round): a line opening with a claim's
label ("Claim: ...", "CLAIM 2: ...", "Rumour: ...") whose next line with words is a verdict refuting it ("Verdict:
FALSE", "RATING: Fabricated", "Our ruling: Unproven") states no tie and no figure (nlp.refuted_claim, read by
relation_drops.kept_relations and by the facts stage per sentence); a claim rated true or misleading, one with no
verdict line right after it, and the fact-check's own findings after the verdict are read as ever. Several wordings
with negatives; all militias are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_items, items_by_document

pytestmark = pytest.mark.model

HEAD = "FACT CHECK: What is true about the border war?\n\n"

# (text, items that must be present, items that must be absent)
CASES = [
    (HEAD + 'Claim: "Chad has 2,000 soldiers fighting alongside the Nigerien army."\n\nVerdict: FALSE\n\n'
     "What we found: Chad has sent no troops.", set(), {("fact", "Chad", "troops", 2000)}),
    (HEAD + 'CLAIM 2: "The Ashkir Brigades are funded by Russia."\n\nVERDICT: FALSE.\n\nNo evidence was found.',
     set(), {("rel", "Russia", "backs", "Ashkir Brigades")}),
    (HEAD + 'Claim: "The Ashkir Brigades are funded by Russia."\nRating: Fabricated\n\nThe photo is from 2015.',
     set(), {("rel", "Russia", "backs", "Ashkir Brigades")}),
    (HEAD + 'Rumour: "The Ashkir Brigades are armed by Iran."\n\nOur ruling: Unproven\n\nWe found no documents.',
     set(), {("rel", "Iran", "backs", "Ashkir Brigades")}),
    (HEAD + 'Claim: "The Ashkir Brigades are funded by Russia."\n\nVerdict: TRUE\n\nA UN panel found payments.',
     {("rel", "Russia", "backs", "Ashkir Brigades")}, set()),
    (HEAD + 'Claim: "The Ashkir Brigades are funded by Russia."\n\nVerdict: MISLEADING\n\nThe money came in 2019.',
     {("rel", "Russia", "backs", "Ashkir Brigades")}, set()),
    (HEAD + 'Claim: "Chad has 2,000 soldiers fighting alongside the Nigerien army."\n\nVerdict: TRUE\n\n'
     "The defence ministry confirmed the figure.", {("fact", "Chad", "troops", 2000)}, set()),
    (HEAD + 'Claim: "The Ashkir Brigades are funded by Russia."\n\nVerdict: FALSE\n\n'
     "What we found: The Ashkir Brigades are funded by Iran, a UN panel found.",
     {("rel", "Iran", "backs", "Ashkir Brigades")}, {("rel", "Russia", "backs", "Ashkir Brigades")}),
    (HEAD + "The Ashkir Brigades are funded by Russia, officials say.\n\nVerdict: FALSE is what the ministry said.",
     {("rel", "Russia", "backs", "Ashkir Brigades")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "nt", items_by_document, check_items)
