"""A quiz's question asks for the leader and its answer line names him: "Q2. Who became prime minister of X?" over
"ANSWER: Y." -- the question word (``_asked_for``: "who", or a noun "which" / "what" picks out, "Which politician
set up the Z Movement?") stands for the actor the answer line names (``question_answer``), for every rule that reads a
noun phrase's actor, so the question's post, succession or founding ties the answer's name (Y leads X). "Who" asks
for a person: an answer found to be a body fills no "who". Negatives: a question with no answer line, a lost or
wished-for post, a negated one, a former one, an answer that is a body, a second question's body. All names are
invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"
HEAD = "ROUND 4: KALVAR SINCE 2020\nHost's sheet - answers and notes.\n\n"
NOTE = "\nNote: Accept either spelling.\n"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- "Who became / was elected / replaced X as ..." over "ANSWER: Y." ---
    (HEAD + "Q2. Who became prime minister of Kalvar in June 2024?\nANSWER: Amon Tesh." + NOTE,
     {("Amon Tesh", L, "Kalvar")}, set()),
    (HEAD + "Q3. Who was elected chairman of the Harbour Front in 2023?\nA: Amon Tesh." + NOTE,
     {("Amon Tesh", L, "Harbour Front")}, set()),
    (HEAD + "Q4. Who replaced Dara Vost as leader of the Kalvar Green League after the defeat?\nANSWER: Amon Tesh."
     + NOTE, {("Amon Tesh", L, "Kalvar Green League")}, set()),
    (HEAD + "Q5. Who took over as commander of the Red Banner Militia in 2021?\nANSWER: Amon Tesh." + NOTE,
     {("Amon Tesh", L, "Red Banner Militia")}, set()),
    (HEAD + "Q6. Who was named president of the Kalvar Farmers' Union last spring?\nAnswer 6: Amon Tesh." + NOTE,
     {("Amon Tesh", L, "Kalvar Farmers' Union")}, set()),
    (HEAD + "Q9. Who replaced Marek Dovin as leader of the Kalvar Social Democrats after the 2024 defeat?\n"
     "ANSWER: Amon Tesh." + NOTE, {("Amon Tesh", L, "Kalvar Social Democrats")}, set()),
    # --- "Which politician / what man ..." (a noun the question word picks out) ---
    (HEAD + "Q7. Which Kalvari politician broke with the government in July and set up the Renewal Movement?\n"
     "ANSWER: Amon Tesh, the former speaker." + NOTE, {("Amon Tesh", L, "Renewal Movement")}, set()),
    (HEAD + "Q8. Which former general founded the Northern Shield Brigade in 2019?\nANSWER: Amon Tesh." + NOTE,
     {("Amon Tesh", L, "Northern Shield Brigade")}, set()),
    (HEAD + "Q10. Which party, led by Amon Tesh, won six seats in 2024?\nANSWER: The Harbour Front." + NOTE,
     {("Amon Tesh", L, "Harbour Front")}, set()),
    (HEAD + "Q11. Who became prime minister of Kalvar in 2024: Amon Tesh or Dara Vost?\nANSWER: Dara Vost." + NOTE,
     {("Dara Vost", L, "Kalvar")}, {("Amon Tesh", L, "Kalvar")}),
    # --- negatives ---
    (HEAD + "Q1. Who said that Amon Tesh would become prime minister of Kalvar?\nANSWER: Dara Vost." + NOTE,
     set(), {("Dara Vost", L, "Kalvar"), ("Amon Tesh", L, "Kalvar")}),
    (HEAD + "Q1. Who would become prime minister of Kalvar if the Greens won?\nANSWER: Amon Tesh." + NOTE,
     set(), {("Amon Tesh", L, "Kalvar")}),
    (HEAD + "Q1. Who refused to become leader of the Harbour Front?\nANSWER: Amon Tesh." + NOTE,
     set(), {("Amon Tesh", L, "Harbour Front")}),
    (HEAD + "Q1. Who stepped down as chairman of the Harbour Front in 2022?\nANSWER: Amon Tesh." + NOTE,
     set(), {("Amon Tesh", L, "Harbour Front")}),
    (HEAD + "Q1. Who was ousted as commander of the Red Banner Militia in 2021?\nANSWER: Amon Tesh." + NOTE,
     set(), {("Amon Tesh", L, "Red Banner Militia")}),
    (HEAD + "Q1. Who ran against the leader of the Harbour Front in 2024?\nANSWER: Amon Tesh." + NOTE,
     set(), {("Amon Tesh", L, "Harbour Front")}),
    (HEAD + "Q1. Who wants to become chairman of the Harbour Front?\nANSWER: Amon Tesh and Dara Vost." + NOTE,
     set(), {("Amon Tesh", L, "Harbour Front"), ("Dara Vost", L, "Harbour Front")}),
    (HEAD + "Q1. Who is the prime minister of Ostria, Kalvar's neighbour?\nANSWER: Amon Tesh." + NOTE,
     set(), {("Amon Tesh", L, "Kalvar")}),
    ("WHO WILL LEAD THE HARBOUR FRONT?\nAmon Tesh and Dara Vost are the two candidates.",
     set(), {("Amon Tesh", L, "Harbour Front"), ("Dara Vost", L, "Harbour Front")}),
    (HEAD + "Q2. Who became prime minister of Kalvar in June 2024? Teams argued about it for an hour.\n"
     "Amon Tesh spoke first.", set(), {("Amon Tesh", L, "Kalvar")}),
    (HEAD + "Q2. Who lost the leadership of the Harbour Front in 2023?\nANSWER: Amon Tesh." + NOTE,
     set(), {("Amon Tesh", L, "Harbour Front")}),
    (HEAD + "Q2. Who hopes to become prime minister of Kalvar next year?\nANSWER: Amon Tesh." + NOTE,
     set(), {("Amon Tesh", L, "Kalvar")}),
    (HEAD + "Q2. Who did not become prime minister of Kalvar in 2024, despite winning the vote?\nANSWER: Amon Tesh."
     + NOTE, set(), {("Amon Tesh", L, "Kalvar")}),
    (HEAD + "Q2. Who was the former chairman of the Harbour Front?\nANSWER: Amon Tesh." + NOTE,
     set(), {("Amon Tesh", L, "Harbour Front")}),
    (HEAD + "Q2. Who became the largest party in the Kalvar parliament?\nANSWER: The Harbour Front." + NOTE,
     set(), {("Harbour Front", L, "Kalvar"), ("Harbour Front", "part_of", "Kalvar")}),
    (HEAD + "Q2. Who became prime minister of Kalvar in June 2024?\nANSWER: Amon Tesh.\n\n"
     "Q3. Who leads the Ostrian Greens?\nANSWER: Dara Vost." + NOTE,
     {("Amon Tesh", L, "Kalvar")}, {("Dara Vost", L, "Kalvar"), ("Amon Tesh", L, "Ostrian Greens")}),
]

XFAIL: dict[str, str] = {
    HEAD + "Q4. Who replaced Dara Vost as leader of the Kalvar Green League after the defeat?\nANSWER: Amon Tesh."
    + NOTE: "the succession rule reads no subject in this question's parse (its declarative twin is read; cause not "
            "traced)",
}


extracted, test_wording = battery(CASES, XFAIL, "ld", relations_by_document, check_ties)
