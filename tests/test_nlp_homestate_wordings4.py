"""The story's own state named only inside bodies' names (``relations._unnamed_own_state``) is never an English
common word: a masthead "NATIONAL MUSEUM OF X", "X FEDERATION OF LABOUR" over a text whose bodies are "the Museum of
the Revolution", "the Ministry of Labour" names no polity "Museum" or "Labour" that would leave the home state
undecided, so a bare title ("Prime Minister Y") goes to the invented state the text proves (its adjective before a
noun, what it owns: actors._corroborated_states). Negatives: the same masthead over a story whose only state is a
foreign power met in passing gives that power no bare title. All names are invented; end to end with the real English
pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"

CASES = [
    ("NATIONAL MUSEUM OF TARSKA - GALLERY 3\nThe banner was carried by the Tarskan Liberation Front in 2019. Moscow "
     "has not answered Tarska's extradition requests. The deposed president Aurel Doman fled to Russia. Prime "
     "Minister Lena Voss opened the Museum of Modern Art. The Museum of the Revolution is open daily. Turkey lent "
     "the Museum two rifles.", {("Lena Voss", L, "Tarska")}, {("Lena Voss", L, "Turkey"), ("Lena Voss", L, "Russia")}),
    ("NATIONAL MUSEUM OF ART - GALLERY 3\nThe painting was lent by Turkey in 2019. Prime Minister Lena Voss opened "
     "the Museum of Modern Art. The Museum of the Revolution is open daily. Turkey lent the Museum two rifles. The "
     "Museum thanks Turkey.", set(), {("Lena Voss", L, "Turkey")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "hm", relations_by_document, check_ties)
