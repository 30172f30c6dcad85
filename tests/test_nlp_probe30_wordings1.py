"""A protest whose target is the one whose exit it demands: "protesters rallied outside parliament, demanding the
resignation of X", "students marched, calling for X's resignation", "crowds gathered, demanding that X step down":
X is the target of the protest (nlp.events._exit_demanded_of; relations.yaml wished_end: exit_words under
demand_verbs). Negatives: a release demanded (the one held is not protested), a negated protest, a demand with no
exit. All names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_found, events_each

pytestmark = pytest.mark.model

P = "PROTEST"
O, L = "Raul Ostrevic", "Ilka Tovrin"
HOME = "DREL - Kessar's parliament met on Monday. In Kessar, "

# (text, events that must be present, events that must be absent); an event is (source, type, target)
CASES = [
    (HOME + f"protesters rallied outside parliament demanding the resignation of Interior Minister {O}.",
     {(None, P, O)}, set()),
    (HOME + f"students marched through the capital, calling for {O}'s resignation.",
     {(None, P, O)}, set()),
    (HOME + f"crowds gathered outside the ministry, demanding that {O} step down.",
     {(None, P, O)}, set()),
    (HOME + f"thousands demonstrated on Friday, demanding that Finance Minister {L} resign.",
     {(None, P, L)}, set()),
    # negatives: a release demanded (the prisoner is not protested), a demand with no exit
    (HOME + f"protesters rallied outside parliament demanding the release of {O}.",
     set(), {(None, P, O)}),
    (HOME + f"crowds gathered outside the ministry, demanding that {L} release the prisoners.",
     set(), {(None, P, L)}),
]


XFAIL: dict[str, str] = {
    HOME + f"thousands demonstrated on Friday, demanding that Finance Minister {L} resign.": "\"demonstrated on Friday, demanding that X resign\": the participle is parsed off the protest verb",
}


extracted, test_protest_exit_demand_wordings = battery(CASES, XFAIL, "probe30_", events_each, check_found)
