"""Where a name begins and ends: a court case's title and a party's faction letters.

A case's title ("Republic v. Dana Kost", "Prosecutor v. Ramon Altavista Quiroga") names its accused after "v." (or
"vs."), not one actor "Republic v. Dana Kost"; a list's title ("Republic v. Dana Kost and eleven others") too.
Negative: a case named in a sentence ("In Velmoria v. Dana Kost, the court ruled ...") keeps the person.

A party's acronym with its faction's or wing's letters glued on by a hyphen ("the MDK-T", "PDL-P holds 110 seats") is
one name that the NER cut at the hyphen (actors._join_acronym_suffixes); the faction is no "MDK". Negatives: two
bodies world knowledge knows joined by a hyphen ("the AU-UN mission") or each named alone too ("the KLT-TVP
alliance ... the TVP") stay two, and the bare acronym used alone
("the opposition MDK won 40 seats") stays.

Each case names the actors it must hold (with their kind) and false ones (NONE). All names are invented; end to
end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NONE, actor_kinds, battery, check_kinds

pytestmark = pytest.mark.model

O, P = "organization", "person"

CASES = [
    # --- a case's title names its accused ---
    ("Republic v. Joselyne Uwimana\nCharge: treason. The accused led the Kivu Front.",
     {"Joselyne Uwimana": P, "Republic v. Joselyne Uwimana": NONE}),
    ("Republic v. Dana Kost and eleven others\nCharge: rebellion.",
     {"Dana Kost": P, "Republic v. Dana Kost": NONE}),
    # --- negatives ---
    ("Case: Prosecutor v. Ramon Altavista Quiroga\nThe court convicted him of leading the Sarn Liberation Army.",
     {"Ramon Altavista Quiroga": P, "Sarn Liberation Army": O}),
    ("In Velmoria v. Dana Kost, the court ruled for the state.", {"Dana Kost": P}),
    # --- a party's acronym and its faction's letters ---
    ("The MDK-T won 40 seats and the MDK-N won 12. Tendai Moyo leads the MDK-T.",
     {"MDK-T": O, "MDK-N": O, "MDK": NONE, "Tendai Moyo": P}),
    ("Tendai Moyo's MDK-T said on Monday it would boycott the vote.", {"MDK-T": O, "MDK": NONE}),
    ("Tavi Manu, an KDF-IO commander, said the Kessa Defence Force would fight on.", {"KDF-IO": O, "IO": NONE}),
    # --- negatives ---
    ("The AU-UN mission left the region. The African Union said it would return.",
     {"African Union": O, "AU-UN": NONE}),
    ("The KLT-TVP alliance won the vote. The KLT and the TVP voted together against the budget.",
     {"KLT": O, "TVP": O, "KLT-TVP": NONE}),
    ("The opposition MDK won 40 seats on Sunday, and the Velmor Front won 12.", {"MDK": O, "Velmor Front": O}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "nm2", actor_kinds, check_kinds)
