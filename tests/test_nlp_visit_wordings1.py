"""A visit that frames another act: "X praised the accord during his visit to Y", "the pact was signed during a
visit to Y by X", "after a visit to Y by X, Z released the prisoners". The visit noun (relations.yaml visit_nouns)
sits in a setting phrase (plover.yaml visit_marks) of a past act, names its visitor (a possessive pronoun that stands
for the clause's subject, or a by-phrase) and the actor visited: the visit was made, as plainly as "X visited Y", a
CONSULT of the visitor with the one visited. Negatives: the framed act yet to come ("will sign it during his visit"),
a wish ("hoped to sign it during his visit"), the framed act negated, a visit told as planned, a visit to a place
that is no actor (the front, a refugee camp, a hotel), an unnamed visitor (a tourist). Invented names; end to end
with the real English pipeline. A "*" end matches any actor or none."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- a possessive visitor: the clause's subject made the visit ---
    ("The Ostrian president, Ivo Brandt, praised the accord during his visit to Tarsia.",
     {("Ivo Brandt", "CONSULT", "Tarsia")}, set()),
    ("During her visit to Tarsia, Tarsk Party leader Lena Korvo criticised the government.",
     {("Lena Korvo", "CONSULT", "Tarsia")}, set()),
    ("Aldo Mirek, the Korvan foreign minister, spoke to reporters during his trip to Tarsia.",
     {("Aldo Mirek", "CONSULT", "Tarsia")}, set()),
    # --- a visitor named by a by-phrase ---
    ("The Velmar Front signed the ceasefire during a visit to Tarsia by Korvan President Aldo Mirek.",
     {("Aldo Mirek", "CONSULT", "Tarsia")}, set()),
    ("The memorandum was signed during a visit to Tarsia by the Korvath Union's chairman, Piet Zandor.",
     {("Piet Zandor", "CONSULT", "Tarsia")}, set()),
    ("The Korvath Union released the prisoners after a visit to Tarsia by Ostrian envoy Ivo Brandt.",
     {("Ivo Brandt", "CONSULT", "Tarsia")}, set()),
    # --- negatives: an act yet to come, a wish, a negated act, a planned visit ---
    ("Ivo Brandt will sign the accord during his visit to Tarsia.", set(), {("Ivo Brandt", "CONSULT", "Tarsia")}),
    ("Ivo Brandt hoped to sign the accord during his visit to Tarsia.", set(), {("Ivo Brandt", "CONSULT", "Tarsia")}),
    ("Ivo Brandt did not raise the issue during his visit to Tarsia.", set(), {("Ivo Brandt", "CONSULT", "Tarsia")}),
    ("Ivo Brandt praised the accord during his planned visit to Tarsia.",
     set(), {("Ivo Brandt", "CONSULT", "Tarsia")}),
    # --- negatives: the framed act under a modal or a condition (counterfactual), a visit called off ---
    ("Ivo Brandt would have signed the accord during his visit to Tarsia.",
     set(), {("Ivo Brandt", "CONSULT", "Tarsia")}),
    ("Lena Korvo could have raised the issue during her visit to Tarsia.", set(), {("Lena Korvo", "CONSULT", "Tarsia")}),
    ("Had Ivo Brandt signed the accord during his visit to Tarsia, the war would have ended.",
     set(), {("Ivo Brandt", "CONSULT", "Tarsia")}),
    ("Ivo Brandt would sign the accord during his visit to Tarsia if the rebels agreed.",
     set(), {("Ivo Brandt", "CONSULT", "Tarsia")}),
    ("Ivo Brandt praised the accord during his cancelled visit to Tarsia.",
     set(), {("Ivo Brandt", "CONSULT", "Tarsia")}),
    # --- positives: a perfect act, another person's visit, a relative clause, reported speech ---
    ("Ivo Brandt has praised the accord during his visit to Tarsia.", {("Ivo Brandt", "CONSULT", "Tarsia")}, set()),
    ("Ivo Brandt praised the accord during Aldo Mirek's visit to Tarsia.",
     {("Aldo Mirek", "CONSULT", "Tarsia")}, {("Ivo Brandt", "CONSULT", "Tarsia")}),
    ("The accord, which was signed during a visit to Tarsia by Aldo Mirek, ended the war.",
     {("Aldo Mirek", "CONSULT", "Tarsia")}, set()),
    ("Aldo Mirek criticised the accord during his visit to Tarsia, Ivo Brandt said.",
     {("Aldo Mirek", "CONSULT", "Tarsia")}, {("Ivo Brandt", "CONSULT", "Tarsia")}),
    # --- negatives: a place that is no actor, an unnamed visitor ---
    ("Ivo Brandt praised the troops during his visit to the front.", set(), {("Ivo Brandt", "CONSULT", "*")}),
    ("Ivo Brandt praised the doctors during his visit to a refugee camp.", set(), {("Ivo Brandt", "CONSULT", "*")}),
    ("Ivo Brandt praised the accord during his visit to the Grand Hotel.",
     set(), {("Ivo Brandt", "CONSULT", "*")}),
    ("The tourist took photographs during her visit to Tarsia.", set(), {("*", "CONSULT", "Tarsia")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "vi", events_by_document, assert_events)
