"""The state of a speech's venue is not the speaker's body: "Remarks by the Director at the donors conference,
Austria, 21 October 2025" names where and when the words were given (a state, or a town taken for one, right before
a comma and a date: ``layout._dated_places``), so the voice's body is not that state and the article's own state
(its home state) is the one the speech is about; a bare "President X" then holds office there. Negatives: a state
named on the speaker's line with no date after it is still the speaker's body; a venue named "in" prose is no
body either way. All names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import home_state_name

pytestmark = pytest.mark.model

BODY = ("\n\nThank you all for coming. Six days ago, Kalvar went to the polls. President Amon Tesh won a second "
        "term. The Kalvar army stayed in barracks. Kalvar must now open the ballot to all in Kalvar.\n")

# (text, the home state wanted, states it must not be)
CASES = [
    # --- a venue and a date closing the speaker's line: not the speaker's body ---
    ("Remarks by the Director at the donors conference on the region, Austria, 21 October 2025" + BODY,
     "Kalvar", {"Austria"}),
    ("Remarks by the Director at the donors conference on the region, Norway, on 21 October 2025" + BODY,
     "Kalvar", {"Norway"}),
    ("Remarks by the Director at the donors conference on the region, Austria, October 21, 2025" + BODY,
     "Kalvar", {"Austria"}),
    ("Speech by the Director to the donors conference on the region, Norway, 21 October 2025" + BODY,
     "Kalvar", {"Norway"}),
    ("Address by the Envoy at a forum on the vote, Finland, 3 March 2024" + BODY, "Kalvar", {"Finland"}),
    # --- the speaker's own state before the date (after "of" or "by"): still the speaker's body ---
    ("Statement by the Government of Norway, 21 October 2025" + BODY, "Norway", {"Kalvar"}),
    ("Statement by Norway, 21 October 2025" + BODY, "Norway", {"Kalvar"}),
    ("Remarks by the Foreign Minister of Austria, 21 October 2025" + BODY, "Austria", {"Kalvar"}),
    # --- negatives: no venue on the line; a state named in prose before a date is no venue of the speech ---
    ("Remarks by the Director at the donors conference on the region, 21 October 2025" + BODY, "Kalvar", {"Austria"}),
    ("Remarks by the Director at the donors conference on the region, 21 October 2025\n\nThe talks in Austria "
     "ended on 21 October 2025." + BODY, "Kalvar", {"Austria"}),
]


@pytest.mark.parametrize("i", range(len(CASES)))
def test_wording(nlp, i):
    text, want, never = CASES[i]
    got = home_state_name(nlp, text)
    assert got not in never, (text, got)
    assert got == want, (text, got)
