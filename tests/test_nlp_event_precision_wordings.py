"""Events the text does not report (a precision battery, written before each fix): the words of a motion or an
amendment put to an assembly in its own name ("That this House condemns X and urges Y to ...": what a member
proposes that the assembly say, no act the assembly did; plover.yaml motion_marks, motion_determiners,
nlp/event_drops.py); a cooperative act in the conditional or future on an "if"/"unless" clause ("would send
observers if both sides signed": an offer on a condition, no pledge; plover.yaml conditional_clause_marks). Each guard has
texts where it must drop the act and texts where the act must stay: the assembly's own acts told in prose, the acts
of others named inside a motion's words; offers with no condition, threats and pledge verbs on a condition.

Same conventions as the second battery (tests/test_nlp_events_blind_wordings2.py): "A|B" either name, "*" any
end, a type ending in "~" compared without direction. Invented assemblies, states, parties and people (real states
as the ones acted on); end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

LORVANIA_HOUSE = "HOUSE OF REPRESENTATIVES OF LORVANIA\nThe House sits at 2 p.m. on Tuesday.\n"
KESTRIA_CHAMBER = ("CHAMBER OF DELEGATES OF KESTRIA\n"
                   "Notice paper for Thursday 5 March 2026. The Chamber of Delegates sits at 10 a.m.\n")
VESTMARK_CHAMBER = "THE NATIONAL CHAMBER OF VESTMARK\nThe Chamber sits today at 10 a.m.\n"
HOUSE = "House|House of Representatives|House of Representatives of Lorvania"
CHAMBER = "Chamber|Chamber of Delegates|National Chamber of Vestmark"

# (text, events that must be present, events that must be absent)
CASES = [
    # --- a motion's words in the assembly's own name: no act of the assembly ---
    ("HOUSE OF REPRESENTATIVES OF LORVANIA\n"
     "Order of business, Thursday 9 April 2026 (sitting opens 11 a.m.).\n"
     "Item 2. To be moved by Hon. Sami Kell, Minister of Defence:\n"
     "\"That this House supports a one-year posting of 120 army medics with the UN force in Lebanon.\"",
     set(), {(HOUSE, "SUPPORT", "*"), (HOUSE, "MOBILIZE", "*")}),
    (LORVANIA_HOUSE + "Notice of motion, Hon. Dara Quist (Free Farmers):\n"
     "\"That this House deplores the arrest of three Lorvanian fishermen by the Senegalese navy and calls on Senegal "
     "to free them at once.\"",
     set(), {(HOUSE, "ACCUSE", "*"), (HOUSE, "REQUEST", "*")}),
    (KESTRIA_CHAMBER + "Item 4, a motion in the name of Hon. Talia Brenner (Civic Union):\n"
     "\"That this Chamber condemns the sale of the northern port to Portugal, and urges the Government of Kestria to "
     "cancel it.\"",
     set(), {(CHAMBER, "ACCUSE", "*"), (CHAMBER, "REQUEST", "*")}),
    # a motion whose first verb comes after an inserted phrase, with a second verb joined to it
    (LORVANIA_HOUSE + "Hon. Petra Hale (Green Path) gave notice that she will move:\n"
     "\"That this House, mindful of the harm done to coastal villages, deplores the Senegalese ban on Lorvanian "
     "trawlers and demands that Senegal lift it before the season opens.\"",
     set(), {(HOUSE, "ACCUSE", "*"), (HOUSE, "REQUEST", "*")}),
    # without quotation marks: the motion's text on its own line
    (VESTMARK_CHAMBER + "9. Private member's motion (Hon. Ivo Pell, Liberty Bloc):\n"
     "That this Chamber backs the dispatch of 200 police officers to Haiti and demands that the Ember Front release "
     "its hostages.",
     set(), {(CHAMBER, "REQUEST", "*"), (CHAMBER, "SUPPORT", "*")}),
    # an amendment: the words to put in after the motion's quoted opening
    (LORVANIA_HOUSE + "The Foreign Minister proposes to amend Item 3 so that, after \"That this House\", it reads "
     "\"salutes the fisheries treaty signed with Ghana but opposes any early dissolution.\"",
     set(), {(HOUSE, "SUPPORT", "*"), (HOUSE, "REJECT", "*")}),
    # --- the acts stay: others' acts named inside a motion, the assembly's own acts told in prose ---
    (LORVANIA_HOUSE + "\"That this House notes that the Ember Front shelled a Lorvanian army post near the border on "
     "Sunday.\"",
     {("Ember Front", "ASSAULT", "*")}, set()),
    ("The National Chamber of Vestmark sat late on Monday. The Chamber condemned the Ember Front for the raid on the "
     "harbour and thanked Ghana for its mediation.",
     {(CHAMBER, "ACCUSE", "Ember Front"), (CHAMBER, "SUPPORT", "Ghana")}, set()),
    ("HOUSE OF REPRESENTATIVES OF LORVANIA\nThe House sits at 2 p.m. on Tuesday. Yesterday the House thanked Ghana "
     "for its mediation and condemned the Ember Front for the raid on the harbour.",
     {(HOUSE, "SUPPORT", "Ghana"), (HOUSE, "ACCUSE", "Ember Front")}, set()),
    # a subject clause in the past and a time phrase opened by "That": no motion's words
    (LORVANIA_HOUSE + "That this House condemned the Ember Front for the raid on the harbour surprised nobody in the "
     "capital.",
     {(HOUSE, "ACCUSE", "Ember Front")}, set()),
    (LORVANIA_HOUSE + "That week this House thanked Ghana for its mediation.",
     {(HOUSE, "SUPPORT", "Ghana")}, set()),
    ("The Chamber of Delegates of Kestria condemned the sale of the northern port to Portugal on Tuesday and urged "
     "the cabinet to stop it.",
     {(CHAMBER, "ACCUSE", "*")}, set()),
    # --- a cooperative act in the conditional or future on an "if"/"unless" clause: an offer, no pledge ---
    ("The Velnian foreign minister said Velnia would send fifty observers to the border region if both sides signed "
     "a truce.",
     set(), {("Velnia", "AGREE", "*")}),
    ("Ghana would host the next round of talks between Mali and the Sable Front unless the rebels objected, its envoy "
     "said.",
     set(), {("Ghana", "AGREE", "*")}),
    ("Egypt would give food aid to the Sable Front's villages if the Malian army opened the roads, a ministry "
     "spokesman said.",
     set(), {("Egypt", "AGREE", "*"), ("Egypt", "AID", "*")}),
    # the acts stay: the same offers with no condition, a threat on a condition, a pledge verb on a condition
    ("The Velnian foreign minister said Velnia would send fifty observers to the border region next month.",
     {("Velnia", "AGREE", "*")}, set()),
    ("Ghana said it would host talks between Mali and the Sable Front in Accra in May.",
     {("Ghana", "AGREE", "Mali")}, set()),
    ("The Sable Front warned that it would attack Malian army posts if the army advanced on Kidal.",
     {("Sable Front", "THREATEN", "Mali|Mali military|Malian army")}, set()),
    ("Portugal pledged to fund the Malian police if the reform plan went ahead.",
     {("Portugal", "AGREE", "*")}, set()),
    # "even if" sets no condition (plover.yaml concessive_adverbs): the offer is a pledge
    ("The Velnian foreign minister said Velnia would send fifty observers to the border region even if the truce "
     "talks failed.",
     {("Velnia", "AGREE", "*")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "p", events_by_document, check_events)
