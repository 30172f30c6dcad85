"""Mends of the coalition and alliance readers (relations._joint_action, _mutual_apposition, _gerund_subject,
_alliance_agreement, preposition_verbs run/campaign "as"), from wordings near theirs that must not fire: a joint run
or rule told as over ("governed together until 2019", "once governed together", "stopped governing together", "used
to govern together"; _told_as_past, word_lists.undoing_verbs) or failed ("failed to agree to run together"), an idiom
of solidarity ("stood together against the reform"; word_lists.solidarity_pairs), a partnership left or broken ("A
left its alliance with B", "after quitting the coalition with B"; undoing_verbs in _partnership and _gerund_subject),
a bare gerund clause set off after another name ("A won while the Tarn Front, running in alliance with B, lost"),
"allies / partners / rivals of X" set off after a list (each one's tie with X, not with each other), "an agreement
of non-alliance", a list run "as" a name until a date, and a list with no body as subject ("Members of A and B
campaigned as Y", which once raised a TypeError). Each mechanism keeps a positive. All names are invented; end to
end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

A, O, M = "allied_with", "opposes", "member_of"
W, U, T = "Velan Workers' Party", "Osk Labour Union", "Tarn Front"
PAIR = f"The {W} and the {U}"
ALLY = {(W, A, U)}
G, L, PU = "Osk Greens", "Velan Labour Party", "Progress Union"
LIST = {(G, M, PU), (L, M, PU)}

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a joint run or rule told as over, failed, or an idiom of solidarity ---
    (f"{PAIR} governed together until the split in 2019.", set(), ALLY),
    (f"{PAIR} had governed together until 2019.", set(), ALLY),
    (f"{PAIR} once governed together, but they split in 2019.", set(), ALLY),
    (f"{PAIR} stopped governing together in 2019.", set(), ALLY),
    (f"{PAIR} used to govern together.", set(), ALLY),
    (f"{PAIR} failed to agree to run together.", set(), ALLY),
    (f"{PAIR} stood together against the reform.", set(), ALLY),
    (f"{PAIR} stood together at the rally in Kessa.", set(), ALLY),
    # positives kept
    (f"{PAIR} have agreed to govern jointly.", ALLY, set()),
    (f"{PAIR} have governed together since 2021.", ALLY, set()),
    # --- a partnership left or broken, finite or as a gerund; a bare gerund clause after another name ---
    (f"The {W} left its alliance with the {U}.", set(), ALLY),
    (f"The {W} broke off its coalition with the {U}.", set(), ALLY),
    (f"The {W} lost six seats after leaving its alliance with the {U}.", set(), ALLY),
    (f"The {W} lost six seats after quitting the coalition with the {U}.", set(), ALLY),
    (f"The {W} grew stronger by breaking its alliance with the {U}.", set(), ALLY),
    (f"The {W} won six seats while the {T}, running in an alliance with the {U}, lost.", set(), ALLY),
    (f"The {W}, having governed in coalition with the {U} until 2019, lost.", set(), ALLY),
    # positives kept
    (f"The {W} gained after contesting in an alliance with the {U}.", ALLY, set()),
    (f"The {W} won six seats, running in an alliance with the {U}.", ALLY, set()),
    # --- "allies / partners / rivals of X" set off after a list: each one's tie with X ---
    (f"{PAIR}, allies of the {T}, voted for the budget.", set(), ALLY),
    (f"{PAIR}, partners of the {T}, voted for the budget.", set(), ALLY),
    (f"{PAIR}, rivals of the {T}, voted for the budget.", set(), {(W, O, U)}),
    # positive kept
    (f"{PAIR}, partners in the ruling coalition, voted for the budget.", ALLY, set()),
    # --- an agreement of non-alliance; a list run "as" a name until a date; a subject that is no body ---
    ("The Ravn Front signed an agreement of non-alliance with the Kessel Democratic Union.", set(),
     {("Ravn Front", A, "Kessel Democratic Union")}),
    (f"The {G} and the {L} ran as the {PU} until 2019.", set(), LIST),
    (f"Members of the {G} and the {L} campaigned as the {PU}.", set(), LIST),
    (f"The {G} and the {L} campaigned as the {PU} in 2022.", LIST, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "rm5", relations_by_document, check_ties)
