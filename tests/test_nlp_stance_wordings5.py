"""Coalition partners and the opposition told in wordings the stance rules missed: "A won 21 seats and formed a
government with B" (a partnership verb coordinated with a first verb shares its subject: relations._partnership);
"X, the A party's leader, formed a government with B and C" (a coalition or government a person forms with bodies
is that of the one body the text has him leading: relations.yaml led_body_objects); "A and B joined forces to
elect the Speaker", "A and B teamed up" (a verb and object or particle of preposition_verbs tying allied_with, said of
listed subjects with no partner after "with": relations._joint_action); "A is / remains in opposition", "A went into
opposition" (a bare opposition word after "in" / "into": relations._in_opposition, then whom the opposition
opposes as for "the opposition A"); "the opposition, including A and B", "opposition parties such as A" (each
example of an opposition noun: relations._opposition_parties). Several wordings per mechanism with negatives (negation, a wish or a chance, a
refusal, a tie told as over, a past state, a named side, a person leading several bodies). All names are invented;
end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

A, O = "allied_with", "opposes"
KV, OD = "Karl Venn", "Oskar Dahl"
CV, ZU, MN = "Civic Voice Party", "Zelvan Union", "Marran National Party"
CV_ZU = {(CV, A, ZU)}

# a story set in one state with a named ruler and his party, so that the opposition has a government to oppose
HOME = ("Kalvar votes. Polls opened across Kalvar on Sunday. Kalvar's electoral commission and Kalvar's parliament "
        f"said turnout was high in Kalvar. Kalvar's president, {OD}, leads the ruling {MN}. ")
CV_OUT = {(CV, O, MN)}

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- "A won 21 seats and formed a government with B": the second verb's subject is the first one's ---
    (f"The {CV} won 21 seats and formed a government with the {ZU}.", CV_ZU, set()),
    (f"The {CV} won 21 seats and formed a coalition with the {ZU} and the {MN}.", CV_ZU | {(CV, A, MN)}, set()),
    (f"In May the {CV} won the vote and formed a coalition government with the {ZU}.", CV_ZU, set()),
    (f"The {CV} won 21 seats but refused to form a government with the {ZU}.", set(), CV_ZU),
    (f"The {CV} won 21 seats and may form a government with the {ZU}.", set(), CV_ZU),
    (f"The {CV} won 21 seats and did not form a coalition with the {ZU}.", set(), CV_ZU),
    (f"The {CV} won 21 seats and hopes to form a government with the {ZU}.", set(), CV_ZU),
    (f"The {CV} lost the vote and formed no government with the {ZU}.", set(), CV_ZU),
    # --- "X, the A party's leader, formed a government with B": the party's coalition, not the man's ---
    (f"{KV}, the {CV}'s leader since 2017, formed a government with the {ZU}, which had won 14 seats.", CV_ZU,
     {(KV, A, ZU)}),
    (f"{KV}, who leads the {CV}, formed a coalition with the {ZU} in May.", CV_ZU, {(KV, A, ZU)}),
    (f"{KV}, who leads the {CV}, will not form a coalition with the {ZU}.", set(), CV_ZU | {(KV, A, ZU)}),
    (f"{KV}, who leads the {CV}, hopes to form a government with the {ZU}.", set(), CV_ZU | {(KV, A, ZU)}),
    # --- "A and B joined forces (to ...)", "A and B teamed up": each allied with the other ---
    (f"The {CV} and the {ZU} joined forces to elect the Speaker.", CV_ZU, set()),
    (f"After the vote the {CV} and the {ZU} joined forces against the {MN}.", CV_ZU, set()),
    (f"The {CV} and the {ZU} refused to join forces.", set(), CV_ZU),
    (f"The {CV} and the {ZU} may join forces after the vote.", set(), CV_ZU),
    (f"The {CV} and the {ZU} did not join forces.", set(), CV_ZU),
    (f"The {CV} and the {ZU} joined forces until 2019.", set(), CV_ZU),
    (f"The {CV} and the {ZU} hope to join forces.", set(), CV_ZU),
    (f"The {CV} and the {ZU} joined forces in 2015 but split in 2018.", set(), CV_ZU),
    (f"Did the {CV} and the {ZU} join forces?", set(), CV_ZU),
    # --- "A is / remains in opposition", "A went into opposition": A opposes the ruling party ---
    (HOME + f"The {CV} is in opposition.", CV_OUT, set()),
    (HOME + f"The {CV} and the {ZU} are now in opposition, though they voted with the government on the budget.",
     CV_OUT | {(ZU, O, MN)}, set()),
    (HOME + f"The {CV} went into opposition after the vote.", CV_OUT, set()),
    (HOME + f"The {CV} remains in opposition.", CV_OUT, set()),
    (HOME + f"The {CV} is not in opposition.", set(), CV_OUT),
    (HOME + f"The {CV} was in opposition until 2019.", set(), CV_OUT),
    (HOME + f"The {CV} was in opposition in 2015.", set(), CV_OUT),
    (HOME + f"The {CV} may go into opposition.", set(), CV_OUT),
    (HOME + f"Will the {CV} go into opposition?", set(), CV_OUT),
    (HOME + f"{KV} said the {CV} would never go into opposition.", set(), CV_OUT),
    (HOME + f"The {CV} once was in opposition.", set(), CV_OUT),
    (HOME + f"After the 2019 vote the {CV} stayed in opposition; in June it joined the cabinet.", set(), CV_OUT),
    (HOME + f"The {CV}, in opposition from 2010 to 2015, now governs with the {MN}.", set(), CV_OUT),
    (HOME + f"The {CV} is in opposition to the {ZU}.", {(CV, O, ZU)}, CV_OUT),
    (HOME + f"The {CV} sits in the opposition's camp.", set(), CV_OUT),
    # --- "the opposition, including A and B", "opposition parties such as A": each example opposes the ruling party ---
    (HOME + f"The opposition, including the {CV} of {KV} and the {ZU}, denounced fraud.", CV_OUT | {(ZU, O, MN)},
     set()),
    (HOME + f"Opposition parties such as the {CV} and the {ZU} boycotted the vote.", CV_OUT | {(ZU, O, MN)}, set()),
    (HOME + f"Velnia's opposition, including the {CV}, denounced fraud.", set(), CV_OUT),
    (HOME + f"The former opposition, including the {CV}, now backs the president.", set(), CV_OUT),
    (HOME + f"Parties including the {CV} denounced fraud.", set(), CV_OUT),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "sw5_", relations_by_document, check_ties)
