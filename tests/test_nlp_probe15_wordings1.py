"""States named in the header of a grant report whose grantee is a body named for the state (an NGO's interim report:
"Partner: X Mountain Schools Initiative", "Country: X"): the tagger often reads the front of the body's name as a
person's name ("X Mountain Schools"), and the words of people's full names never name a state, so X was no state and
the report's president, its militia's fight with the army and its other ties were lost. (1) A person's name the
tagger cut right before a capitalised head noun of a body (roles.yaml org_nouns, "Initiative" now among them: "the
X Rural Wells Initiative", "the X Mountain Schools Foundation") is the front of that body's name, not anyone's
name (actors._full_name_words), so X is read from its "Country:" field. (2) A bulletin's present-tense verb after
a party's name that the tagger read as one more word of a noun phrase ("The opposition X Front boycotts parliament":
"boycotts" tagged NN, or NNP as a word of the name, and "parliament" the phrase's head) is parsed again as the verb
(pipeline.make_present_verbs; a lower-case word is no word of a name), so the boycott is a protest and the party in
opposition opposes the ruling one. Several wordings per mechanism with negatives (a former president, the body's own
director, a hypothetical clash; a boycott that is only possible, denied or ended, "boycotts" as a noun); all names
are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_items, items_by_document

pytestmark = pytest.mark.model

L, O = "leader_of", "opposes"
R, E = "rel", "ev"

OFFICER = "Reporting officer: Grace Otieno, programme lead\n\n1. Context\n"


def report(head: str, state: str, body: str, officer: str = OFFICER) -> str:
    """A grant report's header (the grantee's line, the country's), then its context section."""
    return f"{head}\nCountry: {state}\n{officer}{body}"


# (text, items that must be present, items that must be absent): ties (R) and events (E, None: any target)
CASES = [
    # --- (1) the grantee's name cut by the tagger before its head noun ---
    (report("Partner: Karsiva Mountain Schools Initiative", "Karsiva",
            "Karsiva held a disputed vote in May. President Ilse Moran was re-elected. A militia, the Tessel Defence "
            "Force, has clashed with the army.", officer="\n"),
     {(R, "Ilse Moran", L, "Karsiva"), (R, "Tessel Defence Force", O, "Karsiva")}, set()),
    (report("Partner: Karsiva Mountain Schools Initiative", "Karsiva",
            "Karsiva held a disputed vote in July. President Ilse Moran was re-elected. A militia, the Tessel Defence "
            "Force, has clashed with the army."),
     {(R, "Ilse Moran", L, "Karsiva"), (R, "Tessel Defence Force", O, "Karsiva")}, set()),
    (report("Partner: Quessia Mountain Schools Initiative", "Quessia",
            "Quessia held a disputed vote in July. President Joseph Ambeko was declared the winner. A militia, the Red "
            "Hill Defence Force, has clashed with the army."),
     {(R, "Joseph Ambeko", L, "Quessia"), (R, "Red Hill Defence Force", O, "Quessia")}, set()),
    # negatives: a former president; the body's own director (the body, not the state, is led); a hypothetical clash
    (report("Partner: Karsiva Mountain Schools Initiative", "Karsiva",
            "Karsiva held a disputed vote in July. Former President Ilse Moran lost. A militia, the Tessel Defence "
            "Force, has clashed with the army."),
     {(R, "Tessel Defence Force", O, "Karsiva")}, {(R, "Ilse Moran", L, "Karsiva")}),
    (report("Partner: Karsiva Mountain Schools Initiative", "Karsiva",
            "Karsiva held a disputed vote in July. Ilse Moran, the initiative's director, met donors. A militia, the "
            "Tessel Defence Force, has clashed with the army."),
     {(R, "Tessel Defence Force", O, "Karsiva"), (R, "Ilse Moran", L, "Karsiva Mountain Schools Initiative")},
     {(R, "Ilse Moran", L, "Karsiva")}),
    (report("Partner: Quessia Mountain Schools Initiative", "Quessia",
            "Quessia held a disputed vote in July. President Ilse Moran was re-elected. A militia, the Tessel Defence "
            "Force, would clash with the army if talks failed."),
     {(R, "Ilse Moran", L, "Quessia")}, {(R, "Tessel Defence Force", O, "Quessia")}),
]

# --- (2) a present-tense verb after a party's name read as a word of one noun phrase ---
HOME = "Country: Marvolia. Prime Minister Anton Kessel of Marvolia leads the Harbour Party government. "
GRAIN = (R, "Grain Front", O, "Harbour Party")
CASES += [
    (HOME + "The opposition Grain Front boycotts parliament.", {GRAIN, (E, "Grain Front", "PROTEST", None)}, set()),
    (HOME + "The opposition Silver Oak Alliance boycotts parliament.",
     {(R, "Silver Oak Alliance", O, "Harbour Party"), (E, "Silver Oak Alliance", "PROTEST", None)}, set()),
    (HOME + "The Grain Front boycotts parliament and calls for new elections.",
     {(E, "Grain Front", "PROTEST", None)}, set()),
    (HOME + "Opposition Grain Front boycotts parliament.", {GRAIN, (E, "Grain Front", "PROTEST", None)}, set()),
    (HOME + "The opposition Grain Front boycotts sessions of parliament.",
     {GRAIN, (E, "Grain Front", "PROTEST", None)}, set()),
    (HOME + "Update 3: The opposition Grain Front boycotts parliament over the budget.", {GRAIN},
     {(R, "Grain Front boycotts parliament", O, "Harbour Party")}),
    (HOME + "The opposition Lantern Movement boycotts parliament and accuses Kessel of rigging the election.",
     {(R, "Lantern Movement", O, "Harbour Party"), (E, "Lantern Movement", "PROTEST", None),
      (E, "Lantern Movement", "ACCUSE", "Anton Kessel")}, set()),
    # negatives: "boycotts" a noun; a boycott only possible; its noun's phrase; a boycott that ended
    (HOME + "The Grain Front boycotts are over, its leader said.", set(), {(E, "Grain Front", "PROTEST", None)}),
    (HOME + "The Grain Front may boycott parliament.", set(), {(E, "Grain Front", "PROTEST", None)}),
    (HOME + "The Grain Front boycott of parliament ended in May.", set(), {(E, "Grain Front", "PROTEST", None)}),
    (HOME + "Talks with the Grain Front resumed after the boycotts ended.", set(),
     {(E, "Grain Front", "PROTEST", None)}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "p15", items_by_document, check_items)
