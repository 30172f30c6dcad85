"""States named in the header of a grant report whose grantee is a body named for the state (an NGO's interim report:
"Partner: X Mountain Schools Initiative", "Country: X"): the tagger often reads the front of the body's name as a
person's name ("X Mountain Schools"), and the words of people's full names never name a state, so X was no state and
the report's president, its militia's fight with the army and its other ties were lost. (1) A person's name the
tagger cut right before a capitalised head noun of a body (roles.yaml org_nouns, "Initiative" now among them: "the
X Rural Wells Initiative", "the X Mountain Schools Foundation") is the front of that body's name, not anyone's
name (actors._full_name_words), so X is read from its "Country:" field. Several wordings with negatives (a former
president, the body's own director, a hypothetical clash); all names are invented; end to end with the real English
pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L, O = "leader_of", "opposes"

OFFICER = "Reporting officer: Grace Otieno, programme lead\n\n1. Context\n"


def report(head: str, state: str, body: str, officer: str = OFFICER) -> str:
    """A grant report's header (the grantee's line, the country's), then its context section."""
    return f"{head}\nCountry: {state}\n{officer}{body}"


# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- (1) the grantee's name cut by the tagger before its head noun ---
    (report("Partner: Karsiva Mountain Schools Initiative", "Karsiva",
            "Karsiva held a disputed vote in May. President Ilse Moran was re-elected. A militia, the Tessel Defence "
            "Force, has clashed with the army.", officer="\n"),
     {("Ilse Moran", L, "Karsiva"), ("Tessel Defence Force", O, "Karsiva")}, set()),
    (report("Partner: Karsiva Mountain Schools Initiative", "Karsiva",
            "Karsiva held a disputed vote in July. President Ilse Moran was re-elected. A militia, the Tessel Defence "
            "Force, has clashed with the army."),
     {("Ilse Moran", L, "Karsiva"), ("Tessel Defence Force", O, "Karsiva")}, set()),
    (report("Partner: Quessia Mountain Schools Initiative", "Quessia",
            "Quessia held a disputed vote in July. President Joseph Ambeko was declared the winner. A militia, the Red "
            "Hill Defence Force, has clashed with the army."),
     {("Joseph Ambeko", L, "Quessia"), ("Red Hill Defence Force", O, "Quessia")}, set()),
    # negatives: a former president; the body's own director (the body, not the state, is led); a hypothetical clash
    (report("Partner: Karsiva Mountain Schools Initiative", "Karsiva",
            "Karsiva held a disputed vote in July. Former President Ilse Moran lost. A militia, the Tessel Defence "
            "Force, has clashed with the army."),
     {("Tessel Defence Force", O, "Karsiva")}, {("Ilse Moran", L, "Karsiva")}),
    (report("Partner: Karsiva Mountain Schools Initiative", "Karsiva",
            "Karsiva held a disputed vote in July. Ilse Moran, the initiative's director, met donors. A militia, the "
            "Tessel Defence Force, has clashed with the army."),
     {("Tessel Defence Force", O, "Karsiva"), ("Ilse Moran", L, "Karsiva Mountain Schools Initiative")},
     {("Ilse Moran", L, "Karsiva")}),
    (report("Partner: Quessia Mountain Schools Initiative", "Quessia",
            "Quessia held a disputed vote in July. President Ilse Moran was re-elected. A militia, the Tessel Defence "
            "Force, would clash with the army if talks failed."),
     {("Ilse Moran", L, "Quessia")}, {("Tessel Defence Force", O, "Quessia")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "p15", relations_by_document, check_ties)
