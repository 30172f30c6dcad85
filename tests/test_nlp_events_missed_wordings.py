"""Events a sentence states plainly that the events stage missed, or emitted with no target, in wordings written
for this battery (invented names, own wording):

- the first person of a memoir, a diary or a book of recollections: the writer the title line names (a book's
  title, then its writer after an authorship phrase) is "I" and "me" outside quotation marks, and "we"/"our" the
  state or body the title line names;
- a bloc left ("quit the X", "pulled out of the Y"): the bloc is the target;
- a call answered ("heeding a call from X", "in response to an appeal by X"): X asked the one answering;
- goods pledged or delivered to another (hardware or supplies promised "to" someone): aid;
- a visitor received or hosted in a capital: a meeting;
- a body designated a terrorist organisation: a sanction by the body designating;
- a part of a body with no name of its own told by its leader (a wing headed by a named person): that person;
- a stand-in with a description of its own set off after it ("X's envoy, a Velnian diplomat,"): X, not the
  description's nationality.

Negatives: a memoir's "I" inside quotation marks is the one quoted, not the writer; a news story with no such title
keeps its "I" unresolved.

Each item lists events that must be present and events that must be absent among the NON-negated events (other
events may be emitted), compared as in the second events battery ("A|B" either name, "*" any end). End to end with
the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

# (text, events that must be present, events that must be absent)
CASES = [
    # --- the first person of a memoir: the writer the title line names ---
    ('Excerpted from "Salt and Iron" (Lima, 2019), the memoirs of Tomas Varga, once defence minister of Chile.\n\n'
     "Early that spring General Ilan Brask came to see me at the ministry. I told him that the army would stay in "
     "its barracks. A week later I telephoned Petar Lusk, the Peruvian foreign minister, and asked him to close "
     "the border.",
     {("Tomas Varga", "CONSULT", "Petar Lusk"), ("Tomas Varga", "REQUEST", "Petar Lusk")}, set()),
    ('Taken from "Years of Ash", the memoir of Elin Marsh, who was interior minister of Kenya.\n\n'
     "My quarrel with the cabinet began over the grain tax, which I would not collect from the smallholders. The "
     "Harvest Party praised me for it.",
     {("Harvest Party", "SUPPORT", "Elin Marsh")}, set()),
    ('From the diary of Jonah Pell, foreign minister of Norway, published after his death.\n\n'
     "Monday. The Swedish ambassador visited me in the afternoon and pressed me to sign the fisheries accord. I "
     "declined. Sweden then recalled its negotiators.",
     {("Sweden", "CONSULT", "Jonah Pell"), ("Jonah Pell", "REJECT", "Sweden")}, set()),
    # a quoted "I" in a memoir is the one quoted
    ('An extract from "The Long Winter", the memoirs of Kiro Belan, prime minister of Ghana.\n\n'
     '"I will never meet the rebels," General Sami Odum told the cabinet. Odum then criticised me in front of the '
     "ministers.",
     {("Sami Odum", "ACCUSE", "Kiro Belan")}, {("Kiro Belan", "REJECT", "*")}),
    # a news story with no title naming a writer: "I" is no one
    ("Kenya's president met the Iron Front's leader, Mara Feld, on Monday. \"I asked them to stop,\" said a "
     "witness.", set(), {("Mara Feld", "REQUEST", "*"), ("Kenya", "REQUEST", "*")}),
    # --- a part of a body with no name of its own, told by who leads it: that person ---
    ("After the Harvest Party split in March, Prime Minister Elin Marsh of Kenya called on the wing headed by Tomas "
     "Varga to come back to the talks.", {("Elin Marsh", "REQUEST", "Tomas Varga")}, set()),
    ("Ghana's foreign minister accused the splinter faction headed by Mara Feld of smuggling arms across the "
     "border.", {("Ghana", "ACCUSE", "Mara Feld")}, set()),
    ("Chile's interior minister met the breakaway camp led by Jonah Pell on Tuesday.",
     {("Chile", "CONSULT", "Jonah Pell")}, set()),
    # --- a stand-in's own nationality set off after it is not the side it speaks for ---
    ("The African Union's mediator, a Nigerian lawyer named in May, called on Kiro Belan on Monday and asked him "
     "to free the hostages.", {("African Union", "REQUEST", "Kiro Belan")}, {("Nigeria", "REQUEST", "*")}),
    ("Sweden's envoy, a Danish diplomat, urged Norway to resume the fisheries talks.",
     {("Sweden", "REQUEST", "Norway")}, {("Denmark", "REQUEST", "*")}),
    ("The United Nations' special representative, a Kenyan former judge, asked Mara Feld to let the prisoners go.",
     {("United Nations", "REQUEST", "Mara Feld")}, {("Kenya", "REQUEST", "*")}),
    # a stand-in with a name set off is that person
    ("Sweden's envoy, Petar Lusk, urged Norway to resume the fisheries talks.",
     {("Petar Lusk", "REQUEST", "Norway")}, set()),
    # --- a call answered: the one answering it was asked ---
    ("The Iron Front handed its rifles to the police on Sunday, heeding a call from the exiled poet Tomas Varga.",
     {("Tomas Varga", "REQUEST", "Iron Front")}, set()),
    ("Answering an appeal from Speaker Jonah Pell, the Coastal League has ended its walkout.",
     {("Jonah Pell", "REQUEST", "Coastal League")}, set()),
    ("In June the Harvest Party ended its boycott of parliament in response to an appeal by President Kiro Belan.",
     {("Kiro Belan", "REQUEST", "Harvest Party")}, set()),
    # a call only mentioned, answered by no one, is no request aimed at anyone
    ("The Iron Front handed its rifles to the police on Sunday, months before any call from Tomas Varga.",
     set(), {("Tomas Varga", "REQUEST", "Iron Front")}),
    # pressure from someone on no one named stays no request
    ("In the end it was pressure from Norway, which pays for the border guards, that settled the matter.",
     set(), {("Norway", "REQUEST", "*")}),
    # --- a bloc left: the bloc is the target ---
    ("Three weeks later the Coastal League quit the Unity Alliance over the budget.",
     {("Coastal League", "RETREAT|PROTEST", "Unity Alliance")}, set()),
    ("Mali, Chad and Niger pulled out of the Western Trade Union in June, citing sanctions.",
     {("Mali", "RETREAT|PROTEST", "Western Trade Union")}, set()),
    # --- goods pledged to another: aid ---
    ("Egypt has pledged medicine and tents to the government of Sudan, its envoy said.",
     {("Egypt", "AID", "Sudan")}, set()),
    ("Turkey delivered six armoured vehicles to the Iron Front in March, the group's spokesman said.",
     {("Turkey", "AID", "Iron Front")}, set()),
    # --- a visitor received in the capital: a meeting ---
    ("President Mara Feld of Ghana received the Harvest Party's leader, Tomas Varga, in Accra on Thursday.",
     {("Mara Feld|Ghana", "CONSULT", "Tomas Varga|Harvest Party")}, set()),
    ("Qatar hosted a delegation of the Iron Front in Doha last week.",
     {("Qatar", "CONSULT", "Iron Front")}, set()),
    # --- designated a terrorist organisation: a sanction ---
    ("The United States designated the Black Hill Brigade a terrorist organisation after the bombing of 2021.",
     {("United States", "SANCTION", "Black Hill Brigade")}, set()),
    ("The European Union listed the Red Banner Militia as a terrorist group last year.",
     {("European Union", "SANCTION", "Red Banner Militia")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "m", events_by_document, check_events)
