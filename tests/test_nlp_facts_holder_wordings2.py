"""A second battery of seat and troop counts whose holder is a definite description ("the party", "the militia",
"the group") or a pronoun ("it", a quote's "we") referring back to a named body: the facts reader takes the document's
referent resolver's reading of the phrase only when exactly one body of a fitting kind is the referent. Negatives:
two parties named before "the party won N seats" (no guess between them), "it" after a state's parliament, seats a
party needs. The parties, armed bodies and states (Dalvoria, Kessel) are invented; end to end with the real English
pipeline. Names are compared without case and a leading "the"."""
from __future__ import annotations

import pytest

from wording_battery import assert_facts, battery, facts_by_document

pytestmark = pytest.mark.model

S, T = "seats", "troops"
QU, TB, MF, FV = "Quorra Union", "Vessing Movement", "Marrowfen Front", "Fenwick Vanguard"

CASES = [
    # --- a definite description, one body of its kind before it ---
    ("Supporters of the Quorra Union danced in the square on Sunday night. The party won 23 seats, its best result "
     "in a decade.",
     {(QU, S, 23)}),
    ("Crowds gathered outside the offices of the Vessing Movement after the count. The party took 31 seats.",
     {(TB, S, 31)}),
    ("The Marrowfen Front kept fighting through the winter. The militia now has 4,000 fighters in the hills.",
     {(MF, T, 4000)}),
    ("Leaders of the Fenwick Vanguard met in secret last week. The group has about 2,500 fighters.",
     {(FV, T, 2500)}),
    # --- a pronoun ---
    ("The Quorra Union was founded two years ago by a group of farmers. It won 12 seats on Sunday.", {(QU, S, 12)}),
    # --- a quote's "we", said by one named only as a body's officer in the sentence before ---
    ('The chairman of the Quorra Union addressed supporters late on Sunday. "We won 12 seats tonight," he said.',
     {(QU, S, 12)}),
    ('The commander of the Marrowfen Front met reporters at a checkpoint. "We have 3,000 fighters," she said.',
     {(MF, T, 3000)}),
    # --- no fact: a person named between; two bodies of the kind before the description, a state's parliament, a need ---
    ("The Quorra Union and the Tindle Bloc both claimed victory on Sunday night. The party won 23 seats.", set()),
    ("Supporters of the Quorra Union gathered in the square while the Tindle Bloc held a rally nearby. The party won "
     "23 seats.",
     set()),
    ("The Dalvorian parliament met on Monday for the first time since the vote. It has 120 seats.",
     {("Dalvoria parliament", S, 120)}),
    ("Supporters of the Quorra Union gathered in the square. The party needs 76 seats to govern alone.", set()),
    ('The chairman of the Quorra Union spoke first. Then Odalie Tolvanek of the Vessing Movement took the stage. '
     '"We won 12 seats tonight," she said.',
     set()),
    ("Kessel's army massed on the border. The party said 4,000 troops were ready.", set()),
]

XFAIL: dict[str, str] = {
    CASES[2][0]: "'the militia' after a body the name finder read as a coalition ('the X Front') finds no referent: "
                 "letting a coalition stand for 'the militia' named the wrong body of 'the militia's' in events",
    CASES[6][0]: "a quoted 'we have N fighters' is read as no troop count at all, whoever the speaker is (a cause "
                 "before the holder: the same sentence with 'the commander said' gives nothing either)",
}


extracted, test_wording = battery(CASES, XFAIL, "h", facts_by_document, assert_facts)
