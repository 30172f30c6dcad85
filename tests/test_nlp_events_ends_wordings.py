"""Ends of events that the sentence of the verb leaves unsaid, in wordings written before reading the resolver of
event ends (a blind battery): the target of a condemnation, a refusal or a welcome that is an act named by a noun
("condemned the arrest", "praised the decision", "rejected the party's statement") is the act's author, named on the
noun or in an earlier sentence; a bare refusal ("X refused.") answers the request made of X just before, so its
target is the one who asked; "both sides" and "the two sides" are the two actors named together before; a call "for
his release" after an arrest is made of the one holding him; "the minister" and "his counterpart" are the persons
named so before.

Negatives: a refusal, a condemnation or a call whose target the text does not give keeps no target (no actor named
nearby is guessed), and an actor named before in another role is not taken.

Each item lists events that must be present and events that must be absent among the NON-negated events (other
events may be emitted); the comparison is that of the second battery ("A|B" either name, "*" any end). All names are
invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

# (text, events that must be present, events that must be absent)
CASES = [
    # --- the act named by a noun: its author is the target ---
    ("Police in Ostria detained the blogger Ilan Brask on Monday. The Arab League condemned the arrest and "
     "asked for his release.",
     {("Arab League", "ACCUSE", "Ostria|Ostria police"), ("Arab League", "REQUEST", "Ostria|Ostria police")},
     set()),
    ("The Harvest Party expelled three of its deputies on Friday. Tomas Varga, who leads the rival Iron Front, "
     "denounced the expulsions as a purge.", {("Tomas Varga", "ACCUSE", "Harvest Party")}, set()),
    ("The Supreme Council of Velnia annulled the results in two districts. The Coastal League welcomed the ruling, "
     "while the Harvest Party said it would appeal.", {("Coastal League", "SUPPORT", "Supreme Council|Supreme Council of Velnia")}, set()),
    ("Velnia's foreign ministry rejected the Iron Front's statement as slander.",
     {("Velnia", "REJECT", "Iron Front")}, set()),
    ("Marova condemned Ostria's expulsion of its ambassador.", {("Marova", "ACCUSE", "Ostria")}, set()),
    ("The Red Banner Militia turned down a government amnesty offer on Sunday, the Velnian defence ministry said.",
     {("Red Banner Militia", "REJECT", "Velnia")}, set()),
    ("Kiro Belan declined the commission's invitation to testify. The Electoral Commission of Velnia had written to "
     "him twice.", {("Kiro Belan", "REJECT", "Electoral Commission")}, set()),
    ("Ostrian President Petar Lusk said on Tuesday that Velnia had no claim to the islands. Velnian Foreign Minister "
     "Elin Marsh called his remarks a provocation.", {("Elin Marsh", "ACCUSE", "Petar Lusk")}, set()),
    # --- a bare refusal answers the request before it ---
    ("The Velnian government asked the Black Hill Brigade to hand over its heavy weapons. The brigade refused.",
     {("Black Hill Brigade", "REJECT", "Velnia")}, set()),
    ("Mara Feld urged Jonah Pell to withdraw his candidacy. Pell refused, saying the members had chosen him.",
     {("Jonah Pell", "REJECT", "Mara Feld")}, set()),
    ("The Iron Front demanded that the Harvest Party hand over the interior ministry. The party has so far declined.",
     {("Harvest Party", "REJECT", "Iron Front")}, set()),
    # --- both sides, the two sides, the delegations ---
    ("Clashes between the Iron Front and the Red Banner Militia killed nine people in Torvel. The United Nations "
     "urged both sides to observe the ceasefire.",
     {("United Nations", "REQUEST", "Iron Front"), ("United Nations", "REQUEST", "Red Banner Militia")}, set()),
    ("Marova and Ostria ended a third round of talks in Geneva on Friday. Qatar, which hosted the meeting, called on "
     "the two sides to free their prisoners.",
     {("Qatar", "REQUEST", "Marova"), ("Qatar", "REQUEST", "Ostria")}, set()),
    # --- the one holding him, the one he asked ---
    ("Ostria arrested the Velnian journalist Sami Odum in March. Velnia's foreign minister demanded his release.",
     {("Velnia", "REQUEST", "Ostria")}, set()),
    ("Elin Marsh met Petar Lusk in Torvel on Monday. She asked him to reopen the border crossing.",
     {("Elin Marsh", "REQUEST", "Petar Lusk")}, set()),
    # --- the same with states the gazetteer knows (the invented ones above may be no actors at all) ---
    ("Turkish police detained the blogger Ilan Brask on Monday. The Arab League condemned the arrest and asked "
     "for his release.",
     {("Arab League", "ACCUSE", "Turkey|Turkey police"), ("Arab League", "REQUEST", "Turkey|Turkey police")},
     set()),
    ("The Iron Front turned down a Peruvian government amnesty offer on Sunday.",
     {("Iron Front", "REJECT", "Peru")}, set()),
    ("The Kenyan government asked the Black Hill Brigade to hand over its heavy weapons. The brigade refused.",
     {("Black Hill Brigade", "REJECT", "Kenya")}, set()),
    ("Egypt and Sudan ended a third round of talks in Geneva on Friday. Qatar, which hosted the meeting, called on "
     "the two sides to free their prisoners.",
     {("Qatar", "REQUEST", "Egypt"), ("Qatar", "REQUEST", "Sudan")}, set()),
    ("Chilean President Petar Lusk said on Tuesday that Peru had no claim to the islands. Peruvian Foreign Minister "
     "Elin Marsh called the remarks a provocation.", {("Elin Marsh", "ACCUSE", "Petar Lusk")}, set()),
    ("The Iron Front asked Jonah Pell to join its list. Pell declined, saying he would run alone.",
     {("Jonah Pell", "REJECT", "Iron Front")}, set()),
    ("Brazil's defence minister, Elin Marsh, met the commander of the Iron Front, Kiro Belan. The minister urged him "
     "to release the hostages.", {("Elin Marsh|Brazil", "REQUEST", "Kiro Belan")}, set()),
    ("Argentina's foreign minister Elin Marsh telephoned her counterpart in Chile, Petar Lusk, on Monday and asked "
     "for help with the evacuation.", {("Elin Marsh|Argentina", "REQUEST", "Petar Lusk|Chile")}, set()),
    # --- rulings and decisions, ultimatums, hosted talks (written after the first run, with invented wordings) ---
    ("The Constitutional Court of Kenya ruled on Monday that the vote in Torvel was void. The Iron Front condemned the "
     "ruling. The Harvest Party praised it.",
     {("Iron Front", "ACCUSE", "Constitutional Court|Constitutional Court of Kenya"),
      ("Harvest Party", "SUPPORT", "Constitutional Court|Constitutional Court of Kenya")}, set()),
    ("The Electoral Council of Ghana decided on Friday to bar nine candidates. The Coastal League welcomed the "
     "decision.", {("Coastal League", "SUPPORT", "Electoral Council|Electoral Council of Ghana")}, set()),
    ("Kenya threatened to close the border if Uganda did not hand over three commanders. Uganda refused.",
     {("Uganda", "REJECT", "Kenya")}, set()),
    ("Norway received envoys from Chad and Niger for another session of negotiations. Norway asked both parties to "
     "avoid new provocations.", {("Norway", "REQUEST", "Chad"), ("Norway", "REQUEST", "Niger")}, set()),
    ("Kiro Belan, a gunner by training, became commander of the Kenyan army in 2021. Jonah Pell, the head of the Iron "
     "Front, praised the commander's wisdom.", {("Jonah Pell", "SUPPORT", "Kiro Belan")}, set()),
    ("Officials of Egypt and Sudan met for five hours in Cairo on Friday. Qatar later urged both sides to keep "
     "talking.", {("Qatar", "REQUEST", "Egypt"), ("Qatar", "REQUEST", "Sudan")}, set()),
    # --- negatives: no target given, none guessed ---
    ("The Harvest Party won the vote in Torvel. Kiro Belan refused to comment.", set(),
     {("Kiro Belan", "REJECT", "Harvest Party")}),
    ("The Coastal League signed a pact with the Iron Front in May. Jonah Pell condemned the violence in the north.",
     set(), {("Jonah Pell", "ACCUSE", "Iron Front"), ("Jonah Pell", "ACCUSE", "Coastal League")}),
    ("Mara Feld met Tomas Varga on Monday. Later she called for calm in the capital.", set(),
     {("Mara Feld", "REQUEST", "Tomas Varga")}),
    ("Kenya threatened to close the border if the talks failed. Uganda refused to comment.", set(),
     {("Uganda", "REJECT", "Kenya")}),
    ("Kenya warned Uganda that it would close the border. Uganda refused.", set(), {("Uganda", "REJECT", "Kenya")}),
    ("Kiro Belan became commander of the Kenyan army in 2021. Petar Lusk became commander of the navy in 2022. Jonah "
     "Pell praised the commander's wisdom.", set(), {("Jonah Pell", "SUPPORT", "Kiro Belan"),
                                                     ("Jonah Pell", "SUPPORT", "Petar Lusk")}),
    ("The Harvest Party praised the weather in Torvel. The Coastal League welcomed the decision.", set(),
     {("Coastal League", "SUPPORT", "Harvest Party")}),
]

XFAIL: dict[str, str] = {
    'Police in Ostria detained the blogger Ilan Brask on Monday. The Arab League condemned the arrest and asked for his release.':
        'actors layer: "Police in Ostria" (police "in" a state named nowhere else) gives the detention no source, so the condemnation has no author to aim at',
    'The Red Banner Militia turned down a government amnesty offer on Sunday, the Velnian defence ministry said.':
        'actors layer: a state named only by an invented demonym ("the Velnian defence ministry") is no actor, so "a government amnesty offer" has no state to stand for',
    "Kiro Belan declined the commission's invitation to testify. The Electoral Commission of Velnia had written to him twice.":
        'cataphora: "the commission" is named only in the sentence after the refusal',
    'The Velnian government asked the Black Hill Brigade to hand over its heavy weapons. The brigade refused.':
        'actors layer: "The Velnian government" (an invented demonym, the state named nowhere) is no actor, so the request has no source',
    'Marova and Ostria ended a third round of talks in Geneva on Friday. Qatar, which hosted the meeting, called on the two sides to free their prisoners.':
        'actors layer: invented states named only as the subjects of "ended talks" are no actors, so "the two sides" has no pair',
    "Argentina's foreign minister Elin Marsh telephoned her counterpart in Chile, Petar Lusk, on Monday and asked for help with the evacuation.":
        'events: "telephoned her counterpart in Chile, Petar Lusk": the name set off after "counterpart in X" is not read as the one called (the call and the request keep no target)',
    ("Egypt and Sudan ended a third round of talks in Geneva on Friday. Qatar, which hosted the meeting, called on "
     "the two sides to free their prisoners."):
        "events: 'ended a round of talks' is no meeting act, and 'the two sides' addressed with no meeting or fight "
        "told is not taken from a list named before (tried: on development texts such lists were units or other states)",
    ("Norway received envoys from Chad and Niger for another session of negotiations. Norway asked both parties to "
     "avoid new provocations."):
        "events: 'both parties' / 'the two sides' addressed with no fight told keep no target: taking the pair told "
        "meeting most often before was tried and dropped (it took other pairs on four development sets)",
    ("Officials of Egypt and Sudan met for five hours in Cairo on Friday. Qatar later urged both sides to keep "
     "talking."):
        "events: 'both parties' / 'the two sides' addressed with no fight told keep no target: taking the pair told "
        "meeting most often before was tried and dropped (it took other pairs on four development sets)",
}


extracted, test_wording = battery(CASES, XFAIL, "n", events_by_document, check_events)
