"""Counts whose owner the reader did not find, written before the fix: the article's own army called only "the
army" (no actor for it: the state holds the troops), a relative pronoun cut from its verb by an adverbial phrase
(an adverbial phrase between "which" and its verb: the parser hangs the verb on the phrase's noun), a strength set
off after a unit noun ("moved two brigades, about 5,200 men"), the last item of a gapped list after "and". Counts
that are no seats or troops stay unread (casualties, pay, votes). All names (the states Quellaria and Brastovia,
parties, people) are invented; end to end with the real English pipeline; names compared without case and a
leading "the"."""
from __future__ import annotations

import pytest

from wording_battery import assert_facts, battery, facts_by_document

pytestmark = pytest.mark.model

S, T = "seats", "troops"
QU, BR = "Quellaria", "Brastovia"

CASES = [
    # --- "the army" of the state the article is about, with no actor of its own: the state's troops ---
    ("Quellaria's president addressed parliament in Quellaria on Friday. Quellaria has faced raids on its oil "
     "pipeline since May. The army, he added, now has 12,000 troops guarding the eastern districts.",
     {(QU, T, 12000)}),
    ("Brastovia's prime minister, Ilvano Dask, met his cabinet in Brastovia as floods spread across Brastovia. "
     "Officials said afterwards that the army would send 6,500 soldiers to protect the dams.", {(BR, T, 6500)}),
    ("Quellaria: floods in the south\n\nRelief work went on across Quellaria on Monday, and Quellaria's "
     "government asked its neighbours for boats. The army has put about 3,000 soldiers on the roads, the interior "
     "ministry said.",
     {(QU, T, 3000)}),
    # ... or its force named with the state's adjective, not another state's army named just before
    ("Quellaria: raid on border villages\n\nRaiders struck three villages in eastern Quellaria on Sunday. The "
     "Quellarian People's Defence Forces say their troops killed nine raiders. Quellaria's interior minister said "
     "the raiders came from Brastovia, and that officers of Brastovia's army were seen with them. Later the army "
     "said it had sent 800 soldiers to the villages.", {("Quellarian People's Defence Forces", T, 800)}),
    # --- a relative pronoun cut from its verb by an adverbial phrase: the antecedent's ---
    ("Brastovia, which by a secret accord keeps some 700 soldiers near Dalmek, pays the city's police as well. "
     "Brastovia's president calls the soldiers guests.", {(BR, T, 700)}),
    ("Brastovia's foreign minister denies arming the rebels. Brastovia, which in the spring quietly deployed "
     "roughly 2,300 troops along the river, calls them border guards.",
     {(BR, T, 2300)}),
    ("The rebels have fought Quellaria for years. Quellaria, which in March sent 4,000 soldiers to the hills, "
     "denies any abuses.", {(QU, T, 4000)}),
    # --- a strength set off after a unit noun: the unit's owner ---
    ("The Ash Banner Movement moved four battalions, some 2,000 fighters, to the border on Sunday.",
     {("Ash Banner Movement", T, 2000)}),
    ("Quellaria rushed two brigades, about 5,200 soldiers, to the frontier after the raid.", {(QU, T, 5200)}),
    ("General Tavo Renk, the chief of staff, ordered two divisions, roughly 7,000 men, to march on the capital.",
     {("Tavo Renk", T, 7000)}),
    # --- the last item of a gapped list, after "and" ---
    ("The Harbour Union won 44 seats, the Lark Party 21, and the Red Heron Party 12.",
     {("Harbour Union", S, 44), ("Lark Party", S, 21), ("Red Heron Party", S, 12)}),
    ("In the new chamber the Lark Party holds 30 seats, the Harbour Union 18 and the Red Heron Party 7.",
     {("Lark Party", S, 30), ("Harbour Union", S, 18), ("Red Heron Party", S, 7)}),
    # --- a question's count with a state's adjective on its troops, answered by a bare number ---
    ("Quiz night, round two\n\nQ7. How many Brastovian soldiers guard the Quellaria Canal zone?\nANSWER: 2,300.\n"
     "Q8. Who designed the canal?\nANSWER: Teo Marsk.\nBrastovia's embassy sent the prizes.",
     {(BR, T, 2300)}),
    ("Round three\n\nQ3. How many seats did the Lark Party win in the election?\n(a point only for the exact figure)\n"
     "ANSWER: 17.\nQ4. Name the Lark Party's founder.\nANSWER: Ilse Varo.", {("Lark Party", S, 17)}),
    # --- "which body" holds a count, answered by a line naming one body ---
    ("Civics quiz\n\nQ1. Which coalition finished third, with 19 seats?\nANSWER: The Red Heron Party.\n"
     "Q2. Who chairs the Red Heron Party?\nANSWER: Ilse Varo.", {("Red Heron Party", S, 19)}),
    ("Q5. Which militia keeps about 1,400 fighters in the hills above Dalmek?\n(two points)\nANSWER: The Ash "
     "Banner Movement.", {("Ash Banner Movement", T, 1400)}),
    # --- a bare count won, in a paragraph that stated seats a sentence or more before ---
    ("The Harbour Union came first with 44 seats. Its leader, Ilse Varo, has promised a cabinet within a month. The "
     "Lark Party, headed by the lawyer Teo Marsk, won 21.", {("Harbour Union", S, 44), ("Lark Party", S, 21)}),
    ("Seats in the new chamber went mostly to the big lists: the Red Heron Party took 38 seats. Observers called the "
     "count orderly. The Lark Party secured 17.", {("Red Heron Party", S, 38), ("Lark Party", S, 17)}),
    # --- a house's size as "the hundred seats" (a scale word after "the", on a seat noun) ---
    ("Quellaria's president has let the hundred seats of the Quellarian Grand Diet sit empty since June.",
     {("Quellarian Grand Diet", S, 100)}),
    # --- precision: counts that are no troops or seats ---
    ("Quellaria's defence minister spoke on Friday in Quellaria. The army, he admitted, lost 300 soldiers in the "
     "fighting.", set()),
    ("Brastovia, which under the new budget pays 5,000 teachers, raised taxes in Brastovia.", set()),
    ("The Ash Banner Movement ambushed two battalions, some 900 soldiers, near the dam.", set()),
    ("The hundred days of the Quellarian Grand Diet ended on Friday. Quellaria's president thanked it.", set()),
    ("Q6. Which movement lost 300 fighters in the spring offensive?\nANSWER: The Ash Banner Movement.", set()),
    ("The Harbour Union won 44 percent of the vote, the Lark Party 21, and the Red Heron Party 12.", set()),
]

XFAIL: dict[str, str] = {}


extracted, test_owner_wording = battery(CASES, XFAIL, "o", facts_by_document, assert_facts)
