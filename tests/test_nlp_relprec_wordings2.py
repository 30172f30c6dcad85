"""False ties on unseen text: a "pro-X" or "X-leaning" name read as the antecedent of "its". A line describing a
body no name stands for ("Pro-Varnian alliance led by X, leader of the Y Party. Its members are A and B") made A and
B members of Varnia (or of the Y Party named inside the description). Three mechanisms: a name joined by a hyphen to
a stance prefix or a stance word (word_lists.stance_prefixes, stance_suffixes) is no antecedent of "it"/"its"
(relations._Ctx.stance_word); "its" after such a description line, a noun with a participle and no subject, stands
for the body described, unknown (relations._Ctx._pronoun_actor); a section's heading may carry a long usage note in
brackets ("Harvest Bloc (HB on second reference; ...)") and still head its section (relations._Ctx._section_heads).
Negatives: a plain name before "its" (no hyphen), a state's own "pro-Western" stance, a negated stance, a subject
named in its sentence. All names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

M = "member_of"
L = "leader_of"
H = "Varnia and Dessa signed a gas deal. The rally drew thousands. "
LIST = "Its members are the Workers Party, the Farmers League and the Miners Union."
NOTES = ("PARTY NOTES\nUsage after the 2031 election. Last revised on 3 May.\n\nGreen Union\nCentrist party founded "
         "by Ilse Marn in 2016. Its chairman is Oren Tal.\n\n")
TAIL = "\n\nCoastal Front\nRegional party led by Anna Dell. It won two seats in the assembly.\n"
MEMBERS = {("Farmers League", M, "Varnia"), ("Miners Union", M, "Varnia"), ("Farmers League", M, "Workers Party"),
           ("Miners Union", M, "Workers Party"), ("Workers Party", M, "Varnia")}

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a description line of an unnamed body: "its" is that body, never a name inside the line ---
    (H + "Pro-Varnian alliance led by Tomas Verlin, leader of the Workers Party. " + LIST,
     {("Tomas Verlin", L, "Workers Party")}, MEMBERS),
    (H + "Varnia-leaning bloc led by Tomas Verlin, leader of the Workers Party. " + LIST,
     {("Tomas Verlin", L, "Workers Party")}, MEMBERS | {("Workers Party", M, "Dessa")}),
    (H + "Anti-Dessan coalition formed by Tomas Verlin, leader of the Workers Party, in 2019. " + LIST,
     set(), MEMBERS | {("Workers Party", M, "Dessa"), ("Farmers League", M, "Dessa")}),
    (H + "Pro-Varnian front headed by Tomas Verlin, leader of the Workers Party. Its members include the Farmers "
     "League and the Miners Union.", set(), MEMBERS),
    # --- a heading with a long usage note in brackets heads its section: "its" is the heading's body ---
    (NOTES + "Harvest Bloc (HB on second reference; do not use \"the Bloc\" or \"the Varnian Bloc\" in any "
     "headlines)\nPro-Varnian alliance led by former president Tomas Verlin, leader of the Workers Party. " + LIST + TAIL,
     {("Farmers League", M, "Harvest Bloc"), ("Miners Union", M, "Harvest Bloc"), ("Tomas Verlin", L, "Harvest Bloc")},
     MEMBERS),
    (NOTES + "Harvest Bloc (HB on second reference; never \"the Bloc\", \"the Varnian Bloc\" or \"the Verlin "
     "list\")\nDessa-leaning alliance led by Tomas Verlin, leader of the Workers Party. " + LIST + TAIL,
     {("Farmers League", M, "Harvest Bloc"), ("Miners Union", M, "Harvest Bloc")}, MEMBERS),
    # --- negatives: true ties that must stay ---
    (H + "Varnia, long a pro-Western state, said its defence minister, Oskar Lenn, would visit Tarsk.",
     {("Oskar Lenn", M, "Varnia")}, set()),
    (H + "The Harvest Bloc praised Varnia, and its leader, Tomas Verlin, flew to Tarsk.",
     {("Tomas Verlin", L, "Harvest Bloc")}, {("Tomas Verlin", L, "Varnia")}),
    (H + "The Harvest Bloc is not pro-Varnian, and its leader, Tomas Verlin, said so on Monday.",
     {("Tomas Verlin", L, "Harvest Bloc")}, {("Tomas Verlin", L, "Varnia")}),
    (H + "The Harvest Bloc is a pro-Varnian alliance led by Tomas Verlin. " + LIST,
     {("Tomas Verlin", L, "Harvest Bloc"), ("Farmers League", M, "Harvest Bloc")}, MEMBERS),
    (H + "The Harvest Bloc is a Varnia-leaning alliance. " + LIST,
     {("Farmers League", M, "Harvest Bloc"), ("Miners Union", M, "Harvest Bloc")}, MEMBERS),
    (NOTES + "Harvest Bloc (HB)\nAlliance led by Tomas Verlin, leader of the Workers Party. " + LIST + TAIL,
     {("Farmers League", M, "Harvest Bloc")}, MEMBERS),
    # --- modal and hypothetical: no membership of the state either way ---
    (H + "Pro-Varnian alliance led by Tomas Verlin, leader of the Workers Party. Its members could soon include the "
     "Farmers League.", set(), MEMBERS),
    (H + "If a pro-Varnian alliance is formed, its members would include the Farmers League and the Miners Union.",
     set(), MEMBERS),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "rp2", relations_by_document, check_ties)
