"""Whole events missed in a plain-text document cut at a width (a letter, a notice, a programme note or a reading
guide saved with its lines wrapped at 72 to 140 characters, paragraphs and list items alike).

A text whose lines run to one column (pipeline._wrap_column: five or more of its long lines, a third or more, end
within 15 characters of it, and two or more end in a word in lower case before a line going on in lower case) is
read with the line breaks inside its sentences as spaces (pipeline.unwrap_lines via _wrapped_line_starts, the text's length kept): a line
of three quarters of the column or more that ends no sentence goes on the next line, whatever the case of its first
word ("... for two nights running. The" / "Kenyan government, led by ..., blamed Uganda") or a quotation mark
before it ('accused' / '"the Kenyan government" of ...'), and so does a list
item's line over its hanging indent ("* Who runs the country. ... became" / "  prime minister in ..."). A name cut
by the wrap ("President Mattias" / "Korlen") is one name; the act and its two ends are one sentence.

Negatives: a line ending its sentence, a header's fields ("... | Issued 4 May"), a list item's own line and a
"Label:" line start afresh; a list of lines cut at no width (no line goes on in lower case) is no wrapped text; an
act the wrapped sentence denies stays denied. Invented persons and parties (real states only as the acts' ends);
end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_items, items_by_document

pytestmark = pytest.mark.model

EXPO = """HARBOUR HALL EXPO 2031 - EXHIBITOR UPDATE 3 | Issued 4 May 2031 | exhibitors@harbourhall.example

Several exhibitors have asked about the security situation after the events of April. Here is a short
summary based on public statements; it is not a risk assessment, and exhibitors should follow their own
advice. On 19 April, drones flew over the naval harbour and the fuel terminal for two nights running. The
Kenyan government, led by Prime Minister Tove Askland, blamed Uganda and summoned its ambassador. Kampala
denied any role. The opposition leader, Per Holmek, has called for direct talks with Kampala, which Askland
has ruled out. Halls open at nine each day, and badges are collected at the North Entrance of the hall.
"""

FILM = """RIVERSIDE FILM SOCIETY - PROGRAMME NOTE, SPRING SEASON (screenings on Thursdays at 19:30, Screen 2)

The film is clear-eyed about the politics of the country it follows. Its president, once the candidate of
a broad opposition coalition, fell out with his deputy in 2029, sacked him as vice-president and founded a
party of his own. The deputy, Osei Brandt, now the main opposition leader, accuses President Mattias
Korlen of breaking the coalition's promise to serve one term. The film gives both men long scenes and
takes no side, though the director's sympathies are plain in the closing minutes of the last reel.
"""

GUIDE = """HIGHGATE BOOK CIRCLE - Reading Guide, March | Host this month: Annika | RSVP by Friday please

Some background for readers who do not follow the news from the region closely:

* Who runs the country. The Harvest Party has governed since 2019. Its current leader, Lena Dorrit, became
  prime minister in 2024 and won the election comfortably. The Civic Front of Jonas Ebbe accuses the Harvest
  Party of shielding corrupt ministers for years, and Ebbe has called for an inquiry into the contracts.
* The dispute abroad. Ethiopia froze the assets of two firms close to the government in March and
  recalled its ambassador from Kenya, a step the club discussed at length at the last meeting of the year.
"""

DENIED = """Dear colleagues, a short update before the weekend. The border crossing
at the northern post reopened on Tuesday after two weeks of closure, and
trucks are moving again, though the queues are long in the mornings. The
Kenyan government has not accused Somalia of anything so far, and Nairobi
says it will not recall its ambassador from Mogadishu, whatever happens
at the talks next month. Please plan the convoys for the mornings and
keep us informed of any delays at the crossing or in the port itself.
"""

QUOTED = """FIELD OFFICE NOTE - BORDER CROSSINGS, WEEK 14 | Issued 4 April 2031 | logistics@tidewater.example

Dear colleagues, a short update before the weekend on the border posts and on the dispute behind them. The
crossing at the northern post reopened on Tuesday after two weeks of closure, and the trucks are moving
again, though the queues are long in the mornings. On Wednesday Uganda's foreign minister, Amon Tesh, accused
"the Kenyan government" of blocking the trucks for political reasons, and the two capitals have traded
statements since. Please plan the convoys for the mornings and keep us informed of any delays you meet at
the crossing or in the port itself, and send the weekly figures to the office by Friday noon as usual.
"""

ROSTER = """Delegations at the regional summit in order of arrival, as the protocol office listed them
Kenya, led by the foreign minister Tove Askland and two deputies from the trade ministry
Uganda, whose delegation walked out on the second day over the agenda of the closing session
Ethiopia, represented by its ambassador and a team from the ministry of water and energy
Somalia, with a delegation headed by the deputy prime minister and the minister of ports
Tanzania, which sent its minister of foreign affairs and the director of the port authority
"""

# (text, items that must be present, items that must be absent)
CASES = [
    # --- a sentence going on after a line ending in a capitalised word ("The" / "Kenyan government") ---
    (EXPO, {("ev", "Kenya", "ACCUSE", "Uganda"), ("ev", "Uganda", "REJECT", "Kenya"),
            ("rel", "Tove Askland", "leader_of", "Kenya")}, set()),
    # --- a name cut by the wrap ("President Mattias" / "Korlen") ---
    (FILM, {("ev", "Osei Brandt", "ACCUSE", "Mattias Korlen")}, {("ev", "Osei Brandt", "ACCUSE", "Mattias")}),
    # --- a list item's lines over its hanging indent ---
    (GUIDE, {("ev", "Civic Front", "ACCUSE", "Harvest Party"), ("ev", "Ethiopia", "SANCTION", "Kenya")},
     {("ev", None, "SANCTION", "Kenya")}),
    # --- a line going on with a quotation ('accused' / '"the Kenyan government" of ...') ---
    (QUOTED, {("ev", "Amon Tesh", "ACCUSE", "Kenya")}, set()),
    # negatives: an act the wrapped sentence denies, a list of lines cut at no width
    (DENIED, set(), {("ev", "Kenya", "ACCUSE", "Somalia"), ("ev", "Kenya", "SANCTION", "Somalia")}),
    (ROSTER, set(), {("ev", "Kenya", "PROTEST", "Uganda"), ("ev", "Uganda", "PROTEST", "Ethiopia"),
                     ("ev", "Kenya", "CONSULT", "Uganda"), ("ev", "Uganda", "CONSULT", "Ethiopia")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "em7", items_by_document, check_items)
