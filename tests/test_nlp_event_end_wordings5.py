"""PLOVER events whose other end is an act the story told before, judged in a wording that hides it (a fifth
battery, written before changing the event reader):

(1) a judgement in the passive whose subject is a definite act noun ("The move was criticised by X", "The offer was
welcomed by X but rejected by Y", "The ruling was criticised by X", "The arrest was condemned by X"): the noun is
what is judged, as the object of the active verb is ("X criticised the move"), and the judgement is aimed at the one
who did the act told before; a second passive conjunct shares the subject.
(2) a noun summing up the clause before, set off by a comma and judged in a participle with an agent ("X closed the
border, a move condemned by Y", "..., a decision condemned by Y"): Y's verdict on X's act, even where the parser hangs
the noun on the verb as a second object (it is no part of the act it sums up) or on the clause's last noun; and a noun
that names the act itself (an event noun, or one judged_acts names), judged in a relative clause with a subject of its
own ("X met Y, a meeting Z condemned", "X shelled Y's villages, an attack Z condemned"): Z's verdict on X's act; so
is a verdict set off by ", which" that the parser reads as the main verb's complement ("X conceded defeat quickly,
which Z praised") or hangs on a name that is the judge itself ("X offered to build a dam in Y, which Y's government
welcomed": the clause is judged; a name of another party stays the one judged).
(3) a bare refusal or acceptance right after a request, by the one asked named in a shorter form ("asked the Harrow
Front to ... The Front refused to ..."): it answers the one who asked.
(4) an offer or proposal told with no one it is made to, answered in its sentence or the next by another party's
reply aimed at its author ("X has offered to send engineers; Y accepted the offer", "X has proposed talks, but Y
rejected the proposal", "X has offered talks, but Y refused"): it was made to the one who answered.

Negatives: a passive judgement of an act noun that the story never told gets no target; a denied judgement is no
act; a participle with no agent ("a move criticised in Tarsia") names no judge, nor a relative clause telling no
judgement ("an attack that killed nine") or telling what happened in the act ("the accord in which Y and Z agreed
to ..."); a refusal by a third party, or by the
one who asked, answers no one; an offer is not made to the offerer's own official who turns it down, nor to a
third party when it names its addressee, and a denied offer is none.

Events are compared with their negation: a negated event's type carries a trailing "!". Same other conventions as
tests/test_nlp_events_blind_wordings2.py ("A|B" either name, "*" any end). Invented states, parties and people; end to
end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_marked_by_document

pytestmark = pytest.mark.model

_STATES = "Velnia and Tarsia are neighbours. The Harrow Front is an armed group in Velnia. "

# (text, events that must be present, events that must be absent); "!": the event is negated
CASES = [
    # --- (1) a passive judgement of a definite act noun: aimed at the act's author ---
    (_STATES + "Velnia closed its border with Tarsia on Monday. The move was criticised by the European Union.",
     {("European Union", "ACCUSE", "Velnia")}, {("European Union", "ACCUSE", "Tarsia")}),
    (_STATES + "Velnia offered talks to the Harrow Front on Monday. The offer was welcomed by Tarsia but rejected by "
     "the Harrow Front.",
     {("Tarsia", "SUPPORT", "Velnia"), ("Harrow Front", "REJECT", "Velnia")}, set()),
    (_STATES + "Velnia signed a defence pact with Tarsia in May. The pact was condemned by the Harrow Front.",
     {("Harrow Front", "ACCUSE", "Velnia|Tarsia")}, set()),
    (_STATES + "Velnian police detained Pavel Lund, a Harrow Front leader, on Monday. The arrest was condemned by "
     "the European Union.",
     {("European Union", "ACCUSE", "Velnia|Velnia police")}, {("European Union", "ACCUSE", "Pavel Lund")}),
    (_STATES + "The Velnian Supreme Court ruled on Monday that the emergency law was void. The ruling was "
     "criticised by President Anton Marek.",
     {("Anton Marek", "ACCUSE", "Velnian Supreme Court|Supreme Court")}, set()),
    # negatives: no act told before; a denied judgement
    (_STATES + "The move was criticised by the European Union.",
     set(), {("European Union", "ACCUSE", "Velnia|Tarsia|Harrow Front")}),
    (_STATES + "Velnia closed its border with Tarsia on Monday. The move was not criticised by the European Union.",
     set(), {("European Union", "ACCUSE", "*")}),
    # --- (2) a noun summing up the clause before, judged in a participle with an agent ---
    (_STATES + "Velnia closed its border with Tarsia, a move condemned by the European Union.",
     {("European Union", "ACCUSE", "Velnia")}, {("European Union", "ACCUSE", "Tarsia")}),
    (_STATES + "Velnia closed its border with Tarsia on Monday, a move criticised by the European Union.",
     {("European Union", "ACCUSE", "Velnia")}, set()),
    (_STATES + "Velnia expelled two diplomats from Tarsia, a decision condemned by the Harrow Front.",
     {("Harrow Front", "ACCUSE", "Velnia")}, {("Harrow Front", "ACCUSE", "Tarsia")}),
    # negatives: no agent, no judge; the act itself still told
    (_STATES + "Velnia closed its border with Tarsia, a move criticised in the capital.",
     {("Velnia", "COERCE|SANCTION", "Tarsia")}, {("*", "ACCUSE", "Velnia")}),
    # the noun names the act itself, judged in a relative clause with its own subject ("an attack Z condemned")
    (_STATES + "Ivo Darsk met Pavel Lund in October, a meeting the Civic Party condemned.",
     {("Civic Party", "ACCUSE", "Ivo Darsk")}, {("Civic Party", "ACCUSE", "Pavel Lund")}),
    (_STATES + "Velnia arrested Pavel Lund in October, an arrest the Civic Party condemned.",
     {("Civic Party", "ACCUSE", "Velnia")}, {("Civic Party", "ACCUSE", "Pavel Lund")}),
    (_STATES + "Tarsia shelled villages in Velnia, an attack the Civic Party condemned.",
     {("Civic Party", "ACCUSE", "Tarsia")}, {("Civic Party", "ACCUSE", "Velnia")}),
    # negatives: a relative clause telling no judgement; a judgement denied
    (_STATES + "Tarsia shelled villages in Velnia, an attack that killed nine people.",
     {("Tarsia", "ASSAULT", "*")}, {("*", "ACCUSE", "Tarsia")}),
    (_STATES + "Tarsia shelled villages in Velnia, an attack the Civic Party did not condemn.",
     set(), {("Civic Party", "ACCUSE", "*")}),
    (_STATES + "Turkey mediated the Orsk Declaration, the December accord in which Velnia and Tarsia agreed to settle "
     "the port dispute.",
     {("Velnia", "AGREE~", "Tarsia")}, {("Velnia|Tarsia", "AGREE", "Turkey")}),
    # a reaction set off by ", which" that the parser reads as the verb's complement: the main clause's act judged
    (_STATES + "Ivo Darsk conceded defeat quickly, which the European Union praised.",
     {("European Union", "SUPPORT", "Ivo Darsk")}, set()),
    (_STATES + "Ivo Darsk conceded defeat quickly, which surprised the European Union.",
     set(), {("European Union", "SUPPORT", "*")}),
    # ", which" the parser hangs on a name that is the judge itself: the clause is judged, no one judges itself
    (_STATES + "Tarsia has offered to finance a dam in Velnia, which the Velnian government has welcomed.",
     {("Velnia", "SUPPORT", "Tarsia")}, {("Velnia", "SUPPORT", "Velnia")}),
    (_STATES + "Tarsia attacked a town in Velnia, which Velnia condemned.",
     {("Velnia", "ACCUSE", "Tarsia")}, set()),
    # negative: a name that is another party stays the one judged
    (_STATES + "Tarsia armed the Harrow Front, which Velnia has condemned for years.",
     {("Velnia", "ACCUSE", "Harrow Front")}, {("Velnia", "ACCUSE", "Tarsia")}),
    # --- (3) a reply by the one asked, named in a shorter form: answers the one who asked ---
    (_STATES + "Tarsia asked the Harrow Front to release the hostages. The Front refused to release them.",
     {("Harrow Front", "REJECT", "Tarsia")}, set()),
    (_STATES + "Tarsia called on the Harrow Front to lay down its arms. The Front refused to disarm.",
     {("Harrow Front", "REJECT", "Tarsia")}, set()),
    # negatives: a reply by a third party; the one who asked refusing something else
    (_STATES + "Tarsia asked the Harrow Front to release the hostages. The Civic Party refused to comment.",
     set(), {("Civic Party", "REJECT", "Tarsia")}),
    (_STATES + "The Harrow Front asked Tarsia to free its prisoners. The Front refused to disarm.",
     set(), {("Harrow Front", "REJECT", "Tarsia|Harrow Front")}),
    # --- (4) an offer made to no one named, answered by another party's reply aimed at it: made to the answerer ---
    (_STATES + "Velnia has offered to send engineers; the Tarsian government accepted the offer on Monday.",
     {("Velnia", "AGREE", "Tarsia"), ("Tarsia", "AGREE", "Velnia")}, set()),
    (_STATES + "Velnia has proposed talks, but Tarsia rejected the proposal.",
     {("Velnia", "AGREE", "Tarsia"), ("Tarsia", "REJECT", "Velnia")}, set()),
    (_STATES + "Velnia has offered talks, but Tarsia refused.",
     {("Velnia", "AGREE", "Tarsia")}, set()),
    # negatives: the offerer's own official; an offer already made to someone; a denied offer
    (_STATES + "Velnia offered to send engineers. Interior Minister Pavel Lund of Velnia rejected the offer.",
     set(), {("Velnia", "AGREE", "Pavel Lund")}),
    (_STATES + "Velnia offered to send engineers to Tarsia. The Civic Party rejected the offer.",
     {("Velnia", "AGREE", "Tarsia")}, {("Velnia", "AGREE", "Civic Party")}),
    (_STATES + "Velnia did not offer to send engineers, and Tarsia rejected the idea.",
     set(), {("Velnia", "AGREE", "Tarsia")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "e5_", events_marked_by_document, check_events)
