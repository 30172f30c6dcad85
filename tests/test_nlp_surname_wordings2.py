"""A known person's bare surname that the tagger misreads: "Ilse Frost spoke on Monday. Frost is a member of the
Green Union." The tagger reads the second "Frost" as a common noun (no entity), so the actor stage made no mention
of it and lost the tie. A capitalised word that is the surname of exactly one person named in full before it is a
mention of that person, whatever its part of speech: mid-sentence, or opening its sentence before a verb or a comma
(a subject). Negatives: a word opening a question or a wish ("Will the ...", "May the ..."), a surname two persons
share, a word the text also writes in lower case (a common word), negation and a past tie. All names are invented;
end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

M, L = "member_of", "leader_of"
UNION = "Green Union"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a surname opening its sentence as the subject, tagged a common noun ---
    ("Mara Voss spoke on Monday. Voss is a member of the Green Union.", {("Mara Voss", M, UNION)}, set()),
    ("Ilse Kettle spoke on Monday. Kettle is a member of the Green Union.", {("Ilse Kettle", M, UNION)}, set()),
    ("Ilse Crane spoke on Monday. Crane is a member of the Green Union.", {("Ilse Crane", M, UNION)}, set()),
    ("Ilse Frost spoke on Monday. Frost joined the Green Union in May.", {("Ilse Frost", M, UNION)}, set()),
    ("Ilse Frost spoke on Monday. Frost leads the Green Union.", {("Ilse Frost", L, UNION)}, set()),
    ("Ilse Frost spoke on Monday. Frost has led the Green Union since 2019.", {("Ilse Frost", L, UNION)}, set()),
    ("Ilse Kettle arrived on Monday. Kettle, a lawyer, heads the Green Union.", {("Ilse Kettle", L, UNION)}, set()),
    # --- negatives: negation, a past tie, a surname two persons share ---
    ("Ilse Frost spoke on Monday. Frost is not a member of the Green Union.", set(), {("Ilse Frost", M, UNION)}),
    ("Ilse Kettle spoke on Monday. Kettle left the Green Union in 2019.", set(), {("Ilse Kettle", M, UNION)}),
    ("Ilse Frost and Omar Frost spoke on Monday. Frost is a member of the Green Union.", set(),
     {("Ilse Frost", M, UNION), ("Omar Frost", M, UNION)}),
    ("Ilse Frost spoke on Monday. Frost hopes to join the Green Union.", set(), {("Ilse Frost", M, UNION)}),
    ("Ilse Frost spoke on Monday. Is Frost a member of the Green Union?", set(), {("Ilse Frost", M, UNION)}),
    ("Ilse Frost spoke on Monday. Frost would never join the Green Union.", set(), {("Ilse Frost", M, UNION)}),
    ("Ilse Frost spoke on Monday. Frost said Omar Tesh is a member of the Green Union.", {("Omar Tesh", M, UNION)},
     {("Ilse Frost", M, UNION)}),
    ("Ilse Frost spoke on Monday. Frost Bank is a member of the Green Union.", set(), {("Ilse Frost", M, UNION)}),
    # --- negatives: the word used as a common word ---
    ("Ilse Frost spoke on Monday. The frost came early. Frost covers the fields of the Green Union.", set(),
     {("Ilse Frost", M, UNION)}),
    ("Ilse Will spoke on Monday. Will the Green Union win?", set(), {("Ilse Will", M, UNION), ("Ilse Will", L, UNION)}),
    ("Ilse May spoke on Monday. May the Green Union win.", set(), {("Ilse May", M, UNION), ("Ilse May", L, UNION)}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "sn", relations_by_document, check_ties)
