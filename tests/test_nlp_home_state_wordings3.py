"""A bare title ("President X", "Prime Minister Y") read under the headings of a sectioned text
(``relations._heading_state``), a battery written before the fix:

- a heading that names no state (an item about a state the name finder does not know, a "Background" subheading
  under a press note) closes the section of the heading of its own shape above it: the earlier item's state is not
  the title's (a world-news digest's items "OSTRIA: ..." / "KESSALIA: ...", a note's address block naming the
  other state above a plain subheading);
- a heading that names a state by its capital (a reactions roundup grouped by speaker: "Oslo") gives the title
  under it that state, not the state of the heading before; one naming two states' capitals or seats gives none,
  nor does a capital named for the talks it hosts ("OSLO TALKS: STILL NOWHERE"); a record's field labels ("Venue:",
  "Date:") close no section; a state's adjective in a heading ("20:15 - Norwegian envoy in Marlo") names no state;
- negatives: a subheading of another shape under a state's heading still reads the state's heading ("VELNIA: ..."
  then "How it started"), the document's title over plain subheadings still counts, a former head under a foreign
  state's heading gets no post.

Each item lists ties that must be present and ties that must be absent (other ties may be emitted). All names of
people and bodies are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L, M = "leader_of", "member_of"

CASES = [
    # --- a sibling heading naming no state closes the earlier item's section ---
    ("NEWS IN BRIEF\n\nOSTRIA: Dockers strike over pay\nDockers in Ostria walked out on Monday after talks with "
     "the port authority failed. President Tomas Vell said the strike was illegal. Ostria's army guarded the "
     "cranes.\n\nKESSALIA: Bank chief arrested\nPolice arrested the governor of the central bank, Arno Fisk, on "
     "charges of fraud. Critics said Prime Minister Anton Brellin had ordered the arrest himself."
     "\n\nVARNOTH: Floods close the border\nHeavy rain closed three crossings on Friday.",
     {("Tomas Vell", L, "Ostria")}, {("Anton Brellin", L, "Ostria")}),
    ("THE WEEK ABROAD\n\nDELVANIA: Cabinet reshuffle\nDelvania's prime minister replaced four ministers on Monday. "
     "Delvania's parliament approved the list.\n\nMOROSSA: Miners' march\nThousands marched on the capital to "
     "demand safer pits. Interior Minister Jorun Vesterkamp ordered the police to keep the roads open.\n\n"
     "TESKIRA: Ferry sinks\nA ferry sank off the coast; twelve people are missing.",
     set(), {("Jorun Vesterkamp", M, "Delvania")}),
    ("NOTE VERBALE\n\nThe Ministry of Foreign Affairs of Velnia presents its compliments to the Embassy of Ostria "
     "and asks once more for the transfer of two fugitives. Velnia urges the Government of Ostria to "
     "act on its earlier Notes. The Ministry renews its assurances of its highest regard.\n\n"
     "Embassy of the Republic of Ostria\nVelgrad\n\nPRESS NOTE\n\nThe Ministry today handed the Note to the Ostrian "
     "Embassy. Velnia has asked twice before.\n\nBackground\n\n- The interim government handed over power in "
     "February. Prime Minister Dorin Kalvas told parliament that Velnia expects fair treatment from Ostria.",
     set(), {("Dorin Kalvas", L, "Ostria")}),
    # --- a heading naming a state by its capital ---
    ("REACTIONS: the verdict and what they are saying\n\nVELGRAD, May 3 - A court in Velnia jailed the "
     "opposition leader Pavo Renk for ten years on Saturday. Velnia's government welcomed the ruling. Norway and "
     "Portugal had sent observers.\n\n"
     "The government\nThe government spokesman, Ilan Dusk, said nobody in Velnia stands above the law.\n\n"
     "Portugal\nLisbon said it takes note of the ruling and urged Velnia to respect due process.\n\n"
     "Oslo\nThe army chief, General Hallvard Strenn, stayed silent on the sentence, his office said.",
     {("Hallvard Strenn", L, "Norway")}, {("Hallvard Strenn", L, "Portugal"), ("Hallvard Strenn", M, "Portugal")}),
    ("THE PLAYERS\n\nVELGRAD, May 2 - Talks on Velnia's next cabinet have stalled. Velnia's parliament meets on "
     "Monday.\n\nTHE RULING BLOC\n* The bloc installed Prime Minister Dorin Kalvas in 2022. Velnia's army backs him."
     "\n\nLISBON AND OSLO\n* Ivo Tarn, whom President Anton Quillane named special envoy to Velnia, urged restraint. "
     "Portugal and Norway both sent observers; Norwegian diplomats met the bloc.",
     set(), {("Anton Quillane", L, "Norway"), ("Anton Quillane", L, "Portugal"), ("Anton Quillane", L, "Velnia")}),
    # --- a capital named for the talks it hosts, and a record's field labels, close no section ---
    ("DAILY DIGEST: army chief out in Velnia, little movement in Oslo\n\n1. TANN FIRES HIS ARMY CHIEF\n"
     "President Arvo Tann of Velnia dismissed the army chief on Tuesday after the town of Kiro fell to the rebels."
     "\n\n2. OSLO TALKS: STILL NOWHERE\nNorway is hosting talks between the Velnian government and the rebels in "
     "Oslo. The rebel leader stayed away and sent his deputy. Foreign Minister Ilka Dravenne heads the "
     "government side and wants Kiro "
     "returned before any ceasefire.\n\n3. AT HOME\nThe opposition called on Tann to resign.",
     set(), {("Ilka Dravenne", M, "Norway")}),
    ("RECORD OF THE FOURTH MEETING\nVelnia and the Kessar Front\n"
     "Venue: Government guesthouse, Oslo, Kingdom of Norway\nDate: 3 March 2027\n\nATTENDING\n"
     "Host: Arne Holvik, Minister of State, Norway, presiding.\nGovernment delegation: General Petr Saska, "
     "Chief of the General Staff of the Velnian Armed Forces.\n\nITEM 1 - OPENING\n1.1 The chair welcomed the "
     "delegations. The Kessar Front accused the Velnian army of shelling two villages.",
     set(), {("Arne Holvik", M, "Velnia")}),
    ("LIVE: border standoff between Kessalia and Morossa\n\nUpdated 21:40\n\n21:40 - Talks called\nKessalia and "
     "Morossa agreed to talks on Monday. Kessalia's army pulled back from the ridge.\n\n20:15 - Norwegian envoy in "
     "Marlo\nNorway's special envoy, Eirik Varen, has arrived in the Kessalian capital and met President Aslan Torvek, "
     "the presidential press service says.\n\n18:50 - Morossa sets a deadline\nMorossa's foreign minister demanded "
     "a pullback within two days.",
     set(), {("Aslan Torvek", L, "Norway")}),
    # --- reviewer's negatives: a state named with the title wins under an unknown item; a former head and another
    # state's ambassador under a capital's heading ---
    ("NEWS IN BRIEF\n\nOSTRIA: Dockers strike over pay\nDockers in Ostria walked out on Monday. President Tomas Vell "
     "said the strike was illegal. Ostria's army guarded the cranes.\n\nKESSALIA: Envoy visits\nPrime Minister "
     "Anton Brellin of Ostria flew to the Kessalian coast on Friday to inspect the ferry.\n\nVARNOTH: Floods close "
     "the border\nHeavy rain closed three crossings on Friday.",
     {("Anton Brellin", L, "Ostria")}, set()),
    ("REACTIONS: the verdict and what they are saying\n\nVELGRAD, May 3 - A court in Velnia jailed the "
     "opposition leader Pavo Renk for ten years on Saturday. Velnia's government welcomed the ruling. Norway and "
     "Portugal had sent observers.\n\n"
     "The government\nThe government spokesman, Ilan Dusk, said nobody in Velnia stands above the law.\n\n"
     "Oslo\nNorway's foreign ministry said it takes note of the ruling. Velnia's ambassador in Norway, General "
     "Hallvard Strenn, was summoned. The former prime minister, Oda Trell, criticised the verdict.",
     {("Hallvard Strenn", M, "Velnia")}, {("Hallvard Strenn", M, "Norway"), ("Oda Trell", L, "Norway"),
                                          ("Oda Trell", L, "Velnia")}),
    # --- negatives: the state's heading still counts over a subheading of another shape, and the title ---
    ("DIGEST\n\nOSTRIA: Talks resume\nOstria's negotiators returned to the table on Monday.\n\nHow it started\n"
     "President Tomas Vell ordered the talks after a month of clashes. Ostria's army pulled back.\n\n"
     "KESSALIA: Harvest fails\nKessalia's farmers lost half the wheat crop to drought.",
     {("Tomas Vell", L, "Ostria")}, set()),
    ("DESK NOTES - DELVANIA\n\nThe cabinet\nPrime Minister Jorun Vesterkamp opened the budget session in Delvania. "
     "Delvania's parliament debated the bill.\n\nThe opposition\nThe Delvanian Labour Party walked out of the "
     "chamber. Its leader called the budget a fraud.\n\nThe army\nDelvania's army chief said troops would stay "
     "in barracks.",
     {("Jorun Vesterkamp", L, "Delvania")}, set()),
    ("WORLD DIGEST\n\nOSTRIA: Election called\nOstria's president called early elections for June. Ostria's "
     "parliament was dissolved on Friday.\n\nKESSALIA: Envoy named\nKessalia named a new envoy to the talks. The "
     "former president, Arno Fisk, criticised the choice.",
     set(), {("Arno Fisk", L, "Ostria")}),
    # --- a pronoun in a heading is no state's short name ("us" is not the United States) ---
    ("WEEKLY BRIEF\n\nOSTRIA: Talks resume\nOstria's negotiators returned to the table on Monday. The United "
     "States sent an observer.\n\nWHAT IT MEANS FOR US\nPresident Tomas Vell said the talks would go on.",
     set(), {("Tomas Vell", L, "United States")}),
    ("WEEKLY BRIEF\n\nOSTRIA: Talks resume\nOstria's negotiators returned to the table on Monday. The United "
     "States sent an observer.\n\nWhat it means for us\nPresident Tomas Vell said the talks would go on.",
     set(), {("Tomas Vell", L, "United States")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "hh", relations_by_document, check_ties)
