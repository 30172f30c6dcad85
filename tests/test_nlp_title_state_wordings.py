"""Which state a titled person belongs to, in stories about two states (a blind battery, written before the fix):
a bare title ("Defence Minister X", "President Y") falls to the story's own state, unless the text shows the holder
is of another one: "his Velnian counterpart" (so not Velnian), "named Z envoy to Velnia" or "sent an envoy to
Velnia" (who posts an envoy to a state is not of it), "travelled to Velnia", "paid a call on Velnia's president"
(a visitor is not of the state visited), "hosted ... in Ostria" (a host is of the state where the guest is met).
Prefer no tie to a wrong one; the right state is recovered where the evidence names it (the one other state of a
counterpart's sentence, the state of the hosting).

Each item lists ties that must be present and ties that must be absent (other ties may be emitted). All names are
invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L, M = "leader_of", "member_of"

# the story's own state is Velnia, named often with its organs; Ostria is the other state
VEL = ("The Ostrian army has moved two brigades closer to the frontier. Velnia's parliament passed the border bill "
       "late on Tuesday, and the Velnian army began a drill near the frontier. Velnia's government called the drill "
       "routine. ")

CASES = [
    # --- a counterpart of a named nationality: the holder is not of that nation ---
    (VEL + "Defence Minister Tomas Irby telephoned his Velnian counterpart Ana Rusk twice on Thursday to say that "
           "Ostria saw the drill as a provocation.",
     {("Tomas Irby", M, "Ostria"), ("Ana Rusk", M, "Velnia")}, {("Tomas Irby", M, "Velnia")}),
    (VEL + "Foreign Minister Tomas Irby held two hours of talks with his Velnian counterpart on Friday.",
     set(), {("Tomas Irby", M, "Velnia")}),
    (VEL + "Foreign Minister Tomas Irby landed on Friday evening. Over lunch with his Velnian counterpart, Ana "
           "Rusk, the minister promised a reply within days.",
     {("Ana Rusk", M, "Velnia")}, {("Tomas Irby", M, "Velnia")}),
    (VEL + "Interior Minister Greta Holm phoned her Velnian opposite number to complain about the drill.",
     set(), {("Greta Holm", M, "Velnia")}),
    # --- who posts an envoy to a state is not of it ---
    (VEL + "President Oskar Lind has appointed Mara Voss as his special envoy to Velnia.",
     set(), {("Oskar Lind", L, "Velnia")}),
    (VEL + "In March President Oskar Lind named Mara Voss ambassador to Velnia; she arrived on Monday.",
     set(), {("Oskar Lind", L, "Velnia")}),
    (VEL + "Prime Minister Oskar Lind dispatched a senior envoy to Velnia to calm the row.",
     set(), {("Oskar Lind", L, "Velnia")}),
    # --- a visitor is not of the state visited ---
    (VEL + "Foreign Minister Oskar Lind travelled to Velnia for the third time this year.",
     set(), {("Oskar Lind", M, "Velnia")}),
    (VEL + "Trade Minister Oskar Lind paid a call on Velnia's president on Thursday and left without comment.",
     set(), {("Oskar Lind", M, "Velnia")}),
    (VEL + "Defence Minister Oskar Lind paid a two-day visit to Velnia and toured the border posts.",
     set(), {("Oskar Lind", M, "Velnia")}),
    (VEL + "Energy Minister Oskar Lind travelled to Velnia last spring to inspect the pipeline.",
     set(), {("Oskar Lind", M, "Velnia")}),
    (VEL + "The Velnian counterpart of Foreign Minister Tomas Irby declined to attend the dinner.",
     set(), {("Tomas Irby", M, "Velnia")}),
    # --- a host is of the state where the guest is received ---
    (VEL + "President Oskar Lind received the Velnian prime minister in Ostria on Monday and pledged calm.",
     {("Oskar Lind", L, "Ostria")}, {("Oskar Lind", L, "Velnia")}),
    (VEL + "Prime Minister Oskar Lind welcomed a Velnian delegation to Ostria last week.",
     {("Oskar Lind", L, "Ostria")}, {("Oskar Lind", L, "Velnia")}),
    (VEL + "Last month President Oskar Lind hosted the Velnian foreign minister in Ostria for two days of talks.",
     {("Oskar Lind", L, "Ostria")}, {("Oskar Lind", L, "Velnia")}),
    # --- a joining still to come is no membership (the commander of a force said to join a state's army) ---
    ("The Iron Front has kept its guns. Dario Pell, who commands the Iron Front, told reporters that it will join "
     "the Velnian army next year if its officers keep their ranks.", set(), {("Iron Front", M, "Velnia military")}),
    ("The Grey Hand militia will join the Ostrian National Guard next spring, its leader Ivo Sand told a rally.",
     set(), {("Grey Hand militia", M, "Ostrian National Guard")}),
    ("The Grey Hand militia joined the Ostrian National Guard in 2019 and now patrols the coast.",
     {("Grey Hand militia", M, "Ostrian National Guard")}, set()),
    # --- negatives: the story's own titled people keep their state ---
    (VEL + "Defence Minister Ana Rusk said the drill would last a week.", {("Ana Rusk", M, "Velnia")}, set()),
    (VEL + "President Ivo Rask received the Ostrian envoy in Velnia on Monday.",
     {("Ivo Rask", L, "Velnia")}, set()),
    (VEL + "Foreign Minister Ana Rusk flew to Ostria to see her Ostrian counterpart.",
     {("Ana Rusk", M, "Velnia")}, {("Ana Rusk", M, "Ostria")}),
    (VEL + "Defence Minister Ana Rusk flew back to Velnia on Sunday after two days of talks abroad.",
     {("Ana Rusk", M, "Velnia")}, set()),
    (VEL + "President Ivo Rask named Leo Brandt as special envoy to Ostria.",
     {("Ivo Rask", L, "Velnia")}, set()),
]

XFAIL: dict[str, str] = {
    CASES[2][0]: "the parser hangs the name after 'counterpart,' off the comma (dep 'prep'), not as the counterpart's "
                 "apposition, so the counterpart's own tie to Velnia is not read",
}


extracted, test_wording = battery(CASES, XFAIL, "t", relations_by_document, check_ties)
