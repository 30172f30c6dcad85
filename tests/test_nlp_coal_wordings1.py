"""allied_with told of partners named together: bodies that run, campaign or govern "together" or "jointly" with no
partner after "with" ("A and B agreed to run together", word_lists joint_action_verbs and jointly_adverbs,
relations._joint_action), and a plural noun of a mutual tie set off after a list of bodies ("A and B, partners in the
ruling coalition,", word_lists ally_group_nouns and rival_group_nouns, relations._mutual_apposition), and a
partnership told by a subjectless gerund, said of the subject of the clause it hangs on ("A won six seats after
contesting in an alliance with B", word_lists.gerund_clause_preps, relations._gerund_subject). Several
wordings per mechanism with negatives (a negation, a modal, a wish, a refusal, a condition, a run against each other,
a past partnership, a noun narrowed by an owner, "without running"); all names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

A, O = "allied_with", "opposes"
W, U = "Velan Workers' Party", "Osk Labour Union"
PAIR = f"The {W} and the {U}"
ALLY = {(W, A, U)}

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a run, campaign or rule "together" / "jointly" of the bodies listed as the subject ---
    (f"{PAIR} agreed to run together in the March election.", ALLY, set()),
    (f"{PAIR} decided to campaign jointly for the regional assembly.", ALLY, set()),
    (f"{PAIR} have governed together since 2019.", ALLY, set()),
    (f"{PAIR} ran together in the 2022 election and won 40 seats.", ALLY, set()),
    ("The Amber Dawn Movement, the Tessel Greens and the Rural League of Marvia stood jointly in the capital.",
     {("Amber Dawn Movement", A, "Tessel Greens"), ("Tessel Greens", A, "Rural League of Marvia")}, set()),
    # --- negatives: a refusal, a negation, a modal, a wish, a condition, a run against each other ---
    (f"{PAIR} refused to run together in the March election.", set(), ALLY),
    (f"{PAIR} did not run together in the March election.", set(), ALLY),
    (f"{PAIR} could run together in the March election.", set(), ALLY),
    (f"{PAIR} hope to run together in the March election.", set(), ALLY),
    (f"If the {W} and the {U} ran together, they would win a majority.", set(), ALLY),
    (f"{PAIR} ran against each other in the March election.", set(), ALLY),
    (f"{PAIR} were offered the chance to govern together.", set(), ALLY),
    # --- a plural noun of a mutual tie set off after the list of bodies ---
    (f"{PAIR}, partners in the ruling coalition, voted for the budget.", ALLY, set()),
    (f"{PAIR}, partners in the ruling coalition since 2021, backed the budget.", ALLY, set()),
    (f"{PAIR}, allies since 2019, voted for the budget.", ALLY, set()),
    (f"{PAIR}, bitter rivals, voted against the budget.", {(W, O, U)}, ALLY),
    # --- negatives: a past partnership, a noun owned by another, a single body ---
    (f"{PAIR}, former partners in the coalition, voted against the budget.", set(), ALLY),
    (f"{PAIR}, President Ilo Tarvek's allies, voted for the budget.", set(), ALLY),
    (f"{PAIR}, partners in earlier governments, campaigned as rivals.", set(), ALLY),
    # --- a partnership told by a subjectless gerund: the subject of the clause it hangs on ---
    (f"The {W} won six seats after contesting in an electoral alliance with the {U}.", ALLY, set()),
    (f"The {W}, campaigning in coalition with the {U}, won six seats.", ALLY, set()),
    (f"The {W} lost ground despite running in an alliance with the {U}.", ALLY, set()),
    # --- negatives: a modal clause, a negating preposition, a refusal ---
    (f"The {W} would win more seats by running in an alliance with the {U}.", set(), ALLY),
    (f"The {W} won six seats without running in an alliance with the {U}.", set(), ALLY),
    (f"The {W} won six seats after refusing to run in an alliance with the {U}.", set(), ALLY),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "cw1", relations_by_document, check_ties)
