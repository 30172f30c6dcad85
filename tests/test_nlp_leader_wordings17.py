"""Leaders named across the line breaks of a plain-text document cut at a width (a staff notice, a programme note, a
reading guide): (1) in a document cut at one width throughout, a line as long as its cut lines that ends in any word
goes on in the line below, in a paragraph of three lines ("Prime Minister X, who leads the" / "Harbour Union,
governs ..."), in a paragraph with one over-long line (a sentence added unwrapped sets no width), after a word in
capitals ("the Alliance for Harbour" / "Renewal") and inside a name ("the trade minister Ivo" / "Marrek");
(2) a list's item cut at a width under a hanging indent ("* Who leads. ... Its leader, Ana Sollis, became" /
"  prime minister ..."): the indented line goes on the item; (3) a state's ministry at work in the text ("the
Kalvarian justice ministry has said", "Kalvar's interior ministry has said") sets the story in that state (like its
government named so), so a bare "President X's government" is that state's where the text names a past ruler and no
dateline; (4) "X won the presidential election / vote / race": the vote for the state's chief office won is that
office won (as "X won the presidency"). Negatives: a wish to lead ("who hopes to lead" / "the Harbour Union"),
another body's leader across the break, a short item over an indented description, a ministry named with no state,
another state's ministry named once, a vote only hoped for, lost, won and then lost again, or held by a commission,
and (unit) a document whose lines are not cut at one width keeps a long heading apart from its paragraph. All names
are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"
M = "member_of"

# a staff notice cut at a width of about 110 characters; {para} is a paragraph cut at the same width
NOTICE = ("HARBOUR AID - STAFF NOTICE\nSubject: Velnia country office, security update\n\n"
          "Dear colleagues, the situation in Velnia has changed in recent weeks and we ask all staff to read this note "
          "with\ncare before travelling. The office in Port Vell stays open, and the warehouse on the south quay keeps "
          "its\nnormal hours, but road travel to the north now needs the approval of the country director in writing."
          "\n\n{para}\n\n"
          "Please contact the security focal point with any questions. We will send a further update before the end "
          "of\nthe month, or sooner if the situation changes again. Thank you for your patience while we sort out the"
          "\nnew rules for drivers.\n")

# a reading guide whose items are cut under a hanging indent
GUIDE = ("Reading group guide: The Salt Harbour\n\nBackground notes (real life, not the novel)\n\n{items}\n\n"
         "Discussion questions\n\n1. Which of the characters do you trust most, and why?\n")

# a programme note on a state with no dateline, its past ruler named; {end} ends it
FILM = ("FILM NOTES - Strand: Justice\nFor twenty years Ivo Marrek ruled Kalvar, and since 2016 he has lived in exile "
        "abroad. The film follows four survivors of his rule through the hearings of the truth commission of Kalvar. "
        "The commission's final report named Marrek. President Ana Sollis's government accepted almost all of its "
        "recommendations. The special court for Kalvar has not yet heard a case, and {end}")
SOLLIS = {("Ana Sollis", L, "Kalvar")}

# a story set in one state
HOME = ("KALVAR CITY, May 3 - Kalvar's parliament met on Monday. Polls opened across Kalvar and Kalvar's electoral "
        "commission said turnout was high in Kalvar. ")

CASES = [
    # --- (1) a document cut at one width ---
    (NOTICE.format(para="Velnia is a parliamentary republic with a 60-seat assembly. Prime Minister Ana Sollis, who "
                        "leads the\nHarbour Union, governs with 33 seats; the Green Front, headed by the former trade "
                        "minister Ivo\nMarrek, has 21."),
     {("Ana Sollis", L, "Harbour Union"), ("Ivo Marrek", L, "Green Front")}, set()),
    (NOTICE.format(para="Velnia is a parliamentary republic with a 60-seat assembly. The governing party is led by "
                        "Ana Sollis. The\nGreen Front of Ivo Marrek has 21 seats. Tomas Brenn quit the ruling party in "
                        "2019 and founded the\nNational Renewal Party, which won four seats last year. Brenn has since "
                        "backed the budget, and the National Renewal Party says it will stay out of government until "
                        "the next election. The\nvote is due in March."),
     {("Tomas Brenn", L, "National Renewal Party")}, set()),
    (NOTICE.format(para="Velnia is a parliamentary republic with a 60-seat assembly. The prime minister governs with "
                        "a wing of\nthe old ruling party. Since the split of the party in 2019, Ivo Marrek, who has "
                        "led the Alliance for Harbour\nRenewal ever since, has voted with the government on the "
                        "budget."),
     {("Ivo Marrek", L, "Alliance for Harbour Renewal")}, set()),
    (NOTICE.format(para="Velnia is a parliamentary republic with a 60-seat assembly. The opposition is split. Ana "
                        "Sollis, who hopes to lead\nthe Harbour Union after its congress, teaches law at the "
                        "university in Port Vell and writes for\nthe weekly press."),
     set(), {("Ana Sollis", L, "Harbour Union")}),
    (NOTICE.format(para="Velnia is a parliamentary republic with a 60-seat assembly. Ana Sollis met Ivo Marrek, who "
                        "leads the\nGreen Front, and the Harbour Union sent its deputy leader, Tomas Brenn, to the "
                        "talks in Port Vell\nlast week."),
     {("Ivo Marrek", L, "Green Front")}, {("Ana Sollis", L, "Green Front"), ("Tomas Brenn", L, "Harbour Union")}),
    # --- (2) a list's item cut under a hanging indent ---
    (GUIDE.format(items="* Who runs the country. The Harbour Union has governed Velnia since 2013 under the leadership "
                        "of Ana\n  Sollis, who became prime minister in 2020 and won the last election comfortably.\n"
                        "* The opposition. The Green Front is the largest opposition party, and its leader is Ivo\n"
                        "  Marrek."),
     {("Ana Sollis", L, "Harbour Union"), ("Ivo Marrek", L, "Green Front")}, set()),
    (GUIDE.format(items="* The harbour. The port of Velnia was sold in 2019 to a group of investors, who appointed "
                        "Tomas Brenn\n  as its chairman; the Harbour Union, led by Ana Sollis, opposed the sale.\n"
                        "* The Green Front\n  The largest opposition party. It says the port should be bought back."),
     {("Ana Sollis", L, "Harbour Union")}, {("Tomas Brenn", L, "Harbour Union")}),
    # --- (3) a state's ministry at work ---
    (FILM.format(end="the Kalvarian justice ministry has said Marrek will be arrested if he comes home."), SOLLIS,
     set()),
    (FILM.format(end="Kalvar's interior ministry has said Marrek will be arrested if he comes home."), SOLLIS, set()),
    (FILM.format(end="Marrek will be arrested if he comes home, the Kalvarian justice ministry said."), SOLLIS, set()),
    (FILM.format(end="the justice ministry has said Marrek will be arrested if he comes home."), set(), SOLLIS),
    (FILM.format(end="the Ostravian foreign ministry has said it will not hand Marrek over."), set(),
     {("Ana Sollis", L, "Ostravia")}),
    # --- (4) the presidential vote won ---
    (HOME + "Ana Sollis, the leader of the Green Front, won the presidential vote on 16 September, defeating Ivo "
     "Marrek.", SOLLIS, set()),
    (HOME + "Ana Sollis won the presidential election in September and was sworn in on 4 October.", SOLLIS, set()),
    (HOME + "Ana Sollis, a former judge, won the presidential race against Ivo Marrek.", SOLLIS, set()),
    (HOME + "Ana Sollis hopes to win the presidential election in September.", set(), SOLLIS),
    (HOME + "Ana Sollis did not win the presidential race.", set(), SOLLIS),
    (HOME + "Ana Sollis won the presidential election in 2004 but lost it in 2009.", set(), SOLLIS),
    (HOME + "The commission held the presidential election in September, and Ana Sollis said it was fair.", set(),
     SOLLIS),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "l17", relations_by_document, check_ties)


@pytest.mark.parametrize("text", [
    # paragraphs of one line each under a long heading that ends in a word: no document cut at a width
    "Notes on the coalition talks in the capital and on the parties that lead them this\n"
    "The Harbour Union governs Velnia. Ana Sollis leads it. The Green Front is in opposition.\n\n"
    "Who else was at the talks in the capital when they opened on Monday in the old\n"
    "Ivo Marrek spoke first. He leads the Green Front. The talks went on until late.\n",
    # a short item over its indented description
    "Parties\n* Harbour Union\n  The ruling party. It has governed since 2013.\n* Green Front\n  In opposition.\n",
])
def test_no_wrapped_line(text):
    """Lines that are not cut at a width stay lines of their own (pipeline._wrapped_line_starts)."""
    from kingmaker.nlp.pipeline import _wrapped_line_starts

    assert not _wrapped_line_starts(text)
