"""The article's state (``relations.PhraseResolver.home_state``) of a story that introduces it by a copula calling it
a polity, and of a document whose header names languages. Mechanisms: (1) a state named as the subject of a clause
that calls it a polity ("X is one of the last absolute monarchies", "X is Africa's highest kingdom", "X is a
parliamentary republic": ``_called_polity``; ``actors._called_country`` types a name world knowledge lacks so) is the
story's scene, as one whose government acts is, so foreign powers named nearly as often (a patron, a donor; the
scene still named more often than any) do not leave the story without a state; (2) a listed state's adjective
standing as a noun of its own with no article, or on a noun of a language's use ("Czech, French & German for
adults", "courses in French", "Spanish evening classes": ``_language_use``) names a language, no state, and is not
counted. Negatives: a neighbour introduced in apposition ("X, a large republic to the north,") is no scene; a foreign
power called a polity but named less often does not win; an adjective that modifies another noun ("French voters",
"the French government") still counts for its state. Invented persons and states; end to end with the real English
pipeline."""
from __future__ import annotations

import pytest

from wording_battery import home_state_name

pytestmark = pytest.mark.model

CASES = [
    # (1) the scene introduced by a copula calling it a polity: (text, home state wanted, states never home)
    ("Travel notes\n\nLesotho is Africa's highest kingdom. In March the king appointed Teboho Ramarrosk, a banker, as "
     "prime minister. His rival now lives in Portugal. China built the new hospital, and Chinese doctors work "
     "there; China also paid for the road. Washington cut aid to Lesotho in May, and US officials left. Lesotho sells "
     "water to its neighbour, and Lesotho keeps the profit.\n", "Lesotho", {"China", "South Africa"}),
    ("Background for visitors\n\nVanuatu is a parliamentary republic of some eighty islands. Lawmakers elected Jotham "
     "Pellwyn as prime minister in May. His predecessor now lives in Australia. China built the new wharf, Chinese "
     "workers paved the roads, and China funds the schools. France and the United States sent observers. Vanuatu has "
     "no army, Vanuatu sells kava and Vanuatu grows cocoa.\n", "Vanuatu", {"China", "Australia"}),
    ("Briefing note\n\nBrunei is one of the last absolute monarchies in Asia. The sultan named Quenby Halvick as "
     "finance minister last week. His brother runs a firm in Singapore. China, which has paid for roads to the border, "
     "welcomed the choice; Chinese banks lend and China wants a port. Japan buys gas. Brunei has no political "
     "parties, Brunei has no debt and Brunei pays no tax.\n", "Brunei", {"China"}),
    ("Analysis: Saltrave's quiet succession\n\nSaltrave is one of the last absolute monarchies in the region. King "
     "Ormund Tobrecht has ruled since 1994 and appoints the prime minister and the whole cabinet. Saltrave has no "
     "political parties. Last month the king named his nephew, Quenby Marrosk, as prime minister. China, which has "
     "built roads across Saltrave, welcomed the appointment, and a Chinese delegation is due in May.\n",
     "Saltrave", {"China"}),
    # negatives: a neighbour introduced in apposition; a foreign power called a polity but named less often
    ("Trade notes\n\nKenya, a large republic to the north, is the main trading partner. Kenya sends grain and Kenya "
     "buys coffee. The prime minister praised the harvest on Monday.\n", None, {"Kenya"}),
    ("Notes for the delegation\n\nLesotho is a small mountain kingdom. The prime minister opened the dam on Friday. "
     "China is a one-party state, and China paid for the turbines. Lesotho will sell the power, and Lesotho's farmers "
     "will get water.\n", "Lesotho", {"China"}),
    # (2) languages are no states
    ("SPRACHHAUS TARVILLE - Czech, French & German for adults\nAutumn newsletter | Reception open Mon-Fri\n\nDear "
     "learners,\n\nClasses start on 6 October. The Czech Republic held an election this month. Prime Minister Ondrej "
     "Vasquen leads a coalition of three parties, and the new cabinet took office in the Czech Republic last week; "
     "the Czech Republic keeps its crown. Courses in French and German continue on Tuesdays, and tests in French and "
     "German are in May.\n",
     "Czech Republic", {"France", "Germany"}),
    ("LINGUA CORNER - Spanish, French & German evening classes\nTerm letter\n\nDear students,\n\nOur Peru trip goes "
     "ahead. Peru has a new cabinet: Prime Minister Ines Dorvath took office in Peru on Monday after the Congress "
     "vote. Our courses in Spanish continue on Tuesdays.\n", "Peru", {"Spain", "France", "Germany"}),
    # negative: an adjective that modifies another noun still counts for its state
    ("French voters reject pension plan\n\nFrench voters cast ballots on Sunday. Prime Minister Aurel Dassimont "
     "conceded defeat, and the French government will resign on Monday. French unions marched in the evening.\n",
     "France", set()),
]


@pytest.mark.parametrize("i", range(len(CASES)))
def test_wording(nlp, i):
    text, want, never = CASES[i]
    got = home_state_name(nlp, text)
    assert got not in never, (text, got)
    assert got == want, (text, got)
