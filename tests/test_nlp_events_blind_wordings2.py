"""PLOVER events in wordings written before reading the event reader (a second battery, so the items are not shaped by
its rules): events stated as nouns ("the arrest of X by Y", "Y's shelling of X", "talks between A and B"), headlines
and tickers, dated timeline lines, passives with and without a by-agent, coordinated sources and targets (two
events), definite descriptions resolved earlier in the document ("the brigade"), reported speech ("A said it had
struck B"), and events with no actor on one side.

Negatives give no (non-negated) event: a denial, a hypothetical, a threat (THREATEN, not the act), a call for an act
(the caller is not the actor, and the act has not happened), a future plan, a cancelled meeting.

Each item lists events that must be present and events that must be absent among the NON-negated events (other
events may be emitted). An end written "A|B" accepts either name (armies and police are organizations of their own,
part_of their state, so "Iraqi forces" may be either); an end written "*" matches any actor or none; a type written "A|B" accepts either type; a
tuple whose type ends in "~" is compared without direction (mutual talks, joint agreements). Real states and
invented parties, militias and people; end to end with the real English pipeline. Names are compared without case
and a leading "the"."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

# (text, events that must be present, events that must be absent)
CASES = [
    # --- events as nouns ---
    ("The arrest of Tomas Varga by Turkish police drew condemnation from his party.",
     {("Turkey|Turkey police", "COERCE", "Tomas Varga")}, set()),
    ("Russia's shelling of Ukrainian villages continued overnight.", {("Russia", "ASSAULT", "Ukraine")}, set()),
    ("Talks between Egypt and Qatar ended without a deal on Sunday.", {("Egypt", "CONSULT~", "Qatar")}, set()),
    ("A ceasefire agreed by Israel and the Black Hill Brigade took effect at midnight.",
     {("Israel", "RETREAT|AGREE~", "Black Hill Brigade")}, set()),
    ("Iran's expulsion of two French diplomats was announced on Tuesday.", {("Iran", "SANCTION", "France")}, set()),
    ("China's condemnation of the Japanese naval drills was swift.", {("China", "ACCUSE", "Japan")}, set()),
    ("Saudi Arabia's $2 billion loan to Pakistan was approved by the cabinet.",
     {("Saudi Arabia", "AID", "Pakistan")}, set()),
    ("Sanctions imposed by the European Union on Belarus took effect on Monday.",
     {("European Union", "SANCTION", "Belarus")}, set()),
    ("Egypt's mediation between Israel and Hamas continued into a third day.",
     {("Egypt", "CONSULT", "Israel"), ("Egypt", "CONSULT", "Hamas")}, set()),
    ("After his meeting with Emmanuel Macron, Narendra Modi flew home.",
     {("Narendra Modi", "CONSULT~", "Emmanuel Macron")}, set()),
    ("The Iron Front's boycott of the election left the assembly half empty.", {("Iron Front", "PROTEST", "*")}, set()),
    # --- headlines and tickers ---
    ("RUSSIAN TROOPS SHELL UKRAINIAN VILLAGES", {("Russia", "ASSAULT", "Ukraine")}, set()),
    ("Israel strikes Hezbollah targets in southern Lebanon", {("Israel", "ASSAULT", "Hezbollah")}, set()),
    ("Iran, Saudi Arabia agree to restore diplomatic ties", {("Iran", "AGREE~", "Saudi Arabia")}, set()),
    ("BREAKING: Poland expels Russian diplomats over spy ring", {("Poland", "SANCTION", "Russia")}, set()),
    # --- timelines ---
    ("- 3 May: Algeria expels Morocco's envoy.\n- 12 May: Algerian and Moroccan ministers meet in Geneva.",
     {("Algeria", "SANCTION", "Morocco"), ("Algeria", "CONSULT~", "Morocco")}, set()),
    ("12 June \u2013 Serbian police arrest three Kosovo officials near the border.",
     {("Serbia|Serbia police", "COERCE", "Kosovo")}, set()),
    # --- passives ---
    ("Two Indian soldiers were killed by Pakistani fire on Monday.", {("Pakistan|Pakistan military", "ASSAULT", "India|India military")}, set()),
    ("The army convoy was ambushed by the Black Hill Brigade near the river.",
     {("Black Hill Brigade", "ASSAULT", "*")}, set()),
    ("Three members of the Harvest Party were arrested on Thursday.", {("*", "COERCE", "Harvest Party")}, set()),
    ("Food aid was delivered to Yemen by Saudi Arabia last week.", {("Saudi Arabia", "AID", "Yemen")}, set()),
    ("Hundreds of Red Banner Militia fighters were detained by Iraqi forces.",
     {("Iraq|Iraq military", "COERCE", "Red Banner Militia")}, set()),
    # --- coordinated sources and targets ---
    ("France and Germany both rejected the plan proposed by Hungary.",
     {("France", "REJECT", "Hungary"), ("Germany", "REJECT", "Hungary")}, set()),
    ("Qatar criticised both Israel and Hamas for the delay.",
     {("Qatar", "ACCUSE", "Israel"), ("Qatar", "ACCUSE", "Hamas")}, set()),
    ("India and China held talks on the disputed border.", {("India", "CONSULT~", "China")}, set()),
    ("Turkey and Iran shelled Kurdish militia positions in Iraq.",
     {("Turkey", "ASSAULT", "*"), ("Iran", "ASSAULT", "*")}, set()),
    # --- definite descriptions resolved in the document ---
    ("The Black Hill Brigade seized the dam last week. On Monday the Nigerian government accused the brigade of "
     "shelling civilians.", {("Nigeria", "ACCUSE", "Black Hill Brigade")}, set()),
    ("The Harvest Party won the most seats. Kenya's president met the party's leaders on Friday.",
     {("Kenya", "CONSULT~", "Harvest Party")}, set()),
    ("The Red Banner Militia has grown in recent months. On Tuesday the militia attacked an army base in Iraq.",
     {("Red Banner Militia", "ASSAULT", "Iraq|Iraq military")}, set()),
    # --- reported speech ---
    ("Israel said it had struck Hezbollah weapons depots overnight.", {("Israel", "ASSAULT", "Hezbollah")}, set()),
    ("Ukraine's army said its drones hit a Russian oil refinery.", {("Ukraine|Ukraine military", "ASSAULT", "Russia")}, set()),
    ("According to Syrian state media, Israeli jets bombed an airbase near Damascus.",
     {("Israel", "ASSAULT", "Syria")}, set()),
    # --- no actor on one side ---
    ("A car bomb killed four Iraqi soldiers in Mosul.", {("*", "ASSAULT", "Iraq|Iraq military")}, set()),
    ("Thousands protested in Tehran against the government of Iran.", {("*", "PROTEST", "Iran")}, set()),
    # --- negatives: denials, hypotheticals, threats, calls, plans ---
    ("Russia denied shelling the Ukrainian town.", set(), {("Russia", "ASSAULT", "Ukraine")}),
    ("Hamas rejected claims that it had attacked Egyptian soldiers.", set(), {("Hamas", "ASSAULT", "Egypt")}),
    ("Pakistan would strike India if the dam project went ahead.", set(), {("Pakistan", "ASSAULT", "India")}),
    ("China threatened to impose sanctions on Lithuania.",
     {("China", "THREATEN", "Lithuania")}, {("China", "SANCTION", "Lithuania")}),
    ("The United States warned it could sanction Turkey over the purchase.",
     {("United States", "THREATEN", "Turkey")}, {("United States", "SANCTION", "Turkey")}),
    ("The Harvest Party called on Egypt to release the detained journalists.",
     {("Harvest Party", "REQUEST", "Egypt")}, {("Harvest Party", "RETREAT", "*"), ("Egypt", "RETREAT", "*")}),
    ("Ukraine urged Germany to send more tanks.",
     {("Ukraine", "REQUEST", "Germany")}, {("Germany", "AID", "Ukraine"), ("Ukraine", "AID", "Germany")}),
    ("Turkey plans to send troops to Libya next year.", set(), {("Turkey", "MOBILIZE", "*")}),
    ("Kenya refused to meet the Somali delegation.",
     {("Kenya", "REJECT", "Somalia")}, {("Kenya", "CONSULT~", "Somalia")}),
    ("Israel has not struck Iran since April.", set(), {("Israel", "ASSAULT", "Iran")}),
    ("Peace talks between Sudan and Ethiopia were cancelled at the last minute.",
     set(), {("Sudan", "CONSULT~", "Ethiopia")}),
    ("The Iron Front demanded that Greece withdraw its troops from the island.",
     {("Iron Front", "REQUEST", "Greece")}, {("Greece", "RETREAT", "*"), ("Iron Front", "RETREAT", "*")}),
    # --- added after reading the event reader (a probe of the passive beside the active "X deployed troops to Y") ---
    ("Kenyan troops were deployed to Haiti last year.", {("Kenya|Kenya military", "MOBILIZE", "Haiti")}, set()),
]

XFAIL: dict[str, str] = {
    "Sanctions imposed by the European Union on Belarus took effect on Monday.":
        "actors layer: the name runs on over the preposition ('European Union on Belarus' one organisation)",
    "RUSSIAN TROOPS SHELL UKRAINIAN VILLAGES":
        "actors layer: the recased capitals line is still tagged as one noun phrase ('SHELL' a name), no verb",
    "Iran, Saudi Arabia agree to restore diplomatic ties":
        "parser: a headline's asyndetic pair of subjects ('A, B agree') is two subjects, the second no conjunct",
    "The Red Banner Militia has grown in recent months. On Tuesday the militia attacked an army base in Iraq.":
        "target from a place: only a state's strike on a place in another state is aimed at that state "
        "(_located_target); a militia's is not",
    "According to Syrian state media, Israeli jets bombed an airbase near Damascus.":
        "target from a place: 'near' is no located_targets preposition (only 'in', 'inside')",
    "Turkey plans to send troops to Libya next year.":
        "convention: plover.yaml kept_when_planned keeps a planned deployment as MOBILIZE, against the spec's "
        "'a planned act is THREATEN/AGREE'",
}


extracted, test_wording = battery(CASES, XFAIL, "e", events_by_document, check_events)
