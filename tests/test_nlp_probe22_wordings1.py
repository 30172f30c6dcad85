"""Wire copy on states at war whose story names a foreign patron again and again: (1) with no dateline that places
the story, a state named only as the first part of a hyphened modifier of leading or backing ("the Saudi-led
coalition", "Iran-backed fighters": relations.yaml hyphen_modifiers of type leader_of or backs) does not count as
the article's own state, so a bare title ("Prime Minister X") is not given to the patron (plain mentions of the
patron still count; a story that names its own state often enough still gets it); (2) a body's initials that open
a sentence before a title ("PNF leader X said ...", written only once) stay the body's name rather than being read
as a common word capitalised by the sentence start, so the title ties its holder to the body (not initials that
fit no body named, nor a capitalised common word before a title); (3) an attack beaten off ("X repelled an attack by
Y", "X repulsed a Y assault", "X foiled Y's raid": plover.yaml repelling_verbs) is Y's attack on X (not with no
attacker named, nor an attack still to come: "would repel any attack by Y"). All persons and bodies are invented
(real states named as in wire copy); end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, check_ties, events_by_document, relations_by_document

pytestmark = pytest.mark.model

L, M, A = "leader_of", "member_of", "ASSAULT"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- (1) a patron named in "X-led" / "X-backed" modifiers is not the story's state ---
    ("Yemen's government met on Monday. The Saudi-led coalition struck Houthi depots overnight, and the Saudi-led "
     "coalition said more raids would follow. A Saudi-led coalition plane was lost. Envoys later met in Riyadh. "
     "Prime Minister Adil Haskoor said the talks would go on.",
     set(), {("Adil Haskoor", L, "Saudi Arabia")}),
    ("Lebanon's cabinet met on Tuesday. Iran-backed fighters fired rockets, and Iran-backed groups vowed more "
     "attacks. Iran-backed media praised them. Envoys later met in Tehran. Prime Minister Rafik Dannoudi urged calm.",
     set(), {("Rafik Dannoudi", L, "Iran")}),
    ("Syria's interim authorities met on Sunday. Turkish-backed factions shelled a town, and Turkish-backed units "
     "said they held the bridge. A Turkish-backed commander was hurt. Envoys later met in Ankara. Foreign Minister "
     "Nizar Hallaq called for calm.",
     set(), {("Nizar Hallaq", M, "Turkey")}),
    # the story's own state named often enough keeps the bare title
    ("Yemen's government met in Yemen on Monday. The Saudi-led coalition struck Houthi depots overnight, and the "
     "Saudi-led coalition said more raids would follow. A Saudi-led coalition plane was lost. Envoys later met in "
     "Riyadh. Yemen said it backed the raids. Prime Minister Adil Haskoor said the talks would go on.",
     {("Adil Haskoor", L, "Yemen")}, {("Adil Haskoor", L, "Saudi Arabia")}),
    # negative: the patron named plainly, as an actor, still counts
    ("Saudi Arabia said on Monday that the Saudi-led coalition struck Houthi depots. Saudi Arabia and Yemen's "
     "government agreed to more raids. Envoys met in Riyadh, and Saudi Arabia paid for fuel. Prime Minister Adil "
     "Haskoor said the talks would go on.",
     {("Adil Haskoor", L, "Saudi Arabia")}, set()),
    # --- (2) a body's initials opening a sentence before a title ---
    ("The Popular Nation Front said on Monday it would join the talks. PNF leader Tarek Owaidi said the front had "
     "no conditions.", {("Tarek Owaidi", L, "Popular Nation Front")}, set()),
    ("The National Reform Bloc held a rally in Basra. NRB president Hadi Sowayed told reporters the bloc would win.",
     {("Hadi Sowayed", L, "National Reform Bloc")}, set()),
    ("The Southern Tribes Union met in Shabwa. STU spokesman Nasser Qutaybi said talks had failed.",
     {("Nasser Qutaybi", M, "Southern Tribes Union")}, {("Nasser Qutaybi", L, "Southern Tribes Union")}),
    ("The Free Cedar Movement held a congress. FCM secretary-general Walid Karrouni said the movement would field "
     "candidates.", {("Walid Karrouni", L, "Free Cedar Movement")}, set()),
    # negatives: initials that fit no body named; a capitalised common word before a title
    ("The Popular Nation Front met. KLS leader Tarek Owaidi said the talks failed.", set(),
     {("Tarek Owaidi", L, "Popular Nation Front")}),
    ("TV presenter Nadia Roumi said the vote was fair.", set(), {("Nadia Roumi", M, "TV"), ("Nadia Roumi", L, "TV")}),
    ("The Free Cedar Movement met. Caretaker prime minister Jamil Sarrouf said the vote would go ahead.", set(),
     {("Jamil Sarrouf", L, "Caretaker"), ("Jamil Sarrouf", M, "Caretaker")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "p22", relations_by_document, check_ties)


# (text, events that must be present, events that must be absent): (source, type, target)
EVENT_CASES = [
    ("The Southern Tribes Union said its fighters had repelled an attack by the Houthis near Ataq.",
     {("Houthis", A, "Southern Tribes Union")}, set()),
    ("The Southern Tribes Union repulsed a Houthi assault on Ataq on Friday.",
     {("Houthis", A, "Southern Tribes Union")}, set()),
    ("The Shabwa Defence Brigade thwarted a raid by the Houthis on Sunday, a spokesman said.",
     {("Houthis", A, "Shabwa Defence Brigade")}, set()),
    ("The Shabwa Defence Brigade foiled the Houthis' offensive near Ataq.",
     {("Houthis", A, "Shabwa Defence Brigade")}, set()),
    # negatives: no attacker named; an attack still to come
    ("The Southern Tribes Union repelled an attack near Ataq on Friday.", set(), {("*", A, "Southern Tribes Union")}),
    ("The Houthis said they would repel any attack by the Southern Tribes Union.", set(),
     {("Southern Tribes Union", "ASSAULT|THREATEN", "Houthis"), ("*", A, "Houthis")}),
]

EVENT_XFAIL: dict[str, str] = {}


extracted_events, test_event_wording = battery(EVENT_CASES, EVENT_XFAIL, "p22e", events_by_document, check_events,
                                               fixture="extracted_events")
