"""PLOVER events whose sentence names both ends and holds a trigger of the lexicon, yet gave no event: the hit was
found and then dropped for want of an end (a recall battery, written before the fix). Classes: the other side of a
two-sided arrangement named in a "with" phrase the parser hung on the verb after the object ("ruled out a deal |
with X": X, as "ruled out a coalition with X" already gave); a subject noun with a hyphen that the tokenizer split
into pieces, each read as a subject ("the vice-president, X, ...", "co-leaders X and Y ..."), so that the actor
named in apposition was lost; a designation for a stated cause ("designated X for abuses": a sanction), the act
of its cause clause kept ("designated for having supplied Y": also the designated one's help to Y); a pact signed
under a name ending in a plural the tagger leaves singular ("the X Accords"). Left open (strict xfail): a name ending in "Agreement",
read as an actor and so as the other side; a co-chair "of" a body with the names after the body.
Negatives: a "with" phrase after an object that is no arrangement, a "with" phrase inside the object's own words.

Same conventions as the second battery (tests/test_nlp_events_blind_wordings2.py): "A|B" either name, "*" any
end; real states and invented parties, militias and people; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

# (text, events that must be present, events that must be absent)
CASES = [
    # --- the other side of an arrangement, its "with" phrase hung on the verb ---
    ("Before the run-off the Harbour Alliance ruled out a deal with the Ember Front.",
     {("Harbour Alliance", "REJECT", "Ember Front")}, set()),
    ("Mira Osei said on Sunday that her party had rejected a pact with the Copper Guard.",
     {("*", "REJECT", "Copper Guard")}, set()),
    ("The Tamarisk Party will not consider any deal with Jon Adu, its spokesman insisted.",
     set(), {("*", "AGREE", "Jon Adu")}),
    # negatives: no arrangement, the "with" phrase tells how or with whom something else is done
    ("The Harbour Alliance rejected the budget with Egypt's envoy watching from the gallery.",
     set(), {("Harbour Alliance", "REJECT", "Egypt")}),
    ("Ghana signed the deal with Portugal's blessing after a week of delays.",
     set(), {("Ghana", "AGREE", "Portugal")}),
    # --- a hyphenated subject noun split into pieces ---
    ("The vice-president, Jon Adu, praised Portugal for its help after the floods.",
     {("Jon Adu", "SUPPORT", "Portugal")}, set()),
    ("Co-leaders Mira Osei and Jon Adu have ruled out a coalition with the Ember Front.",
     {("Mira Osei", "REJECT", "Ember Front"), ("Jon Adu", "REJECT", "Ember Front")}, set()),
    ("The party's co-founder, Ola Dunn, met the Kenyan president in Nairobi on Tuesday.",
     {("Ola Dunn", "CONSULT", "Kenya")}, set()),
    ("The co-chairs of the Harbour Alliance, Mira Osei and Jon Adu, praised Portugal.",
     {("Mira Osei|Harbour Alliance", "SUPPORT", "Portugal")}, set()),
    # --- a designation for a stated cause, and the act of its cause clause ---
    ("In June Washington designated the commander of the Copper Guard, Ola Dunn, for corruption.",
     {("United States", "SANCTION", "Ola Dunn|Copper Guard")}, set()),
    ("Two Kenyan firms were designated by Britain for having secretly supplied fuel to the Ember Front.",
     {("United Kingdom", "SANCTION", "*")}, set()),
    # negatives: a person designated for an office, a site for a use
    ("The assembly designated Mira Osei for the post of deputy speaker.",
     set(), {("*", "SANCTION", "*")}),
    ("Ghana designated the northern port for grain shipments to Portugal.",
     set(), {("*", "SANCTION", "*")}),
    # --- a pact signed under its own name: the name is no party, a plural name ("Accords") still a pact ---
    ("After two years of talks, Ghana and the Ember Front signed the Tamale Accords.",
     {("Ghana", "AGREE", "Ember Front")}, set()),
    ("In 2016 Kenya and the Copper Guard signed the Nakuru Agreement, which ended eight years of war.",
     {("Kenya", "AGREE", "Copper Guard")}, {("*", "AGREE", "Nakuru Agreement")}),
    ("The Copper Guard signed the Nakuru Peace Agreement with Kenya in 2016.",
     {("Copper Guard", "AGREE", "Kenya")}, {("*", "AGREE", "Nakuru Peace Agreement")}),
    # negative: the piece before the hyphen is no actor of its own
    ("A self-styled general of the Copper Guard, Ola Dunn, was arrested by the Ghanaian police.",
     set(), {("Ola Dunn", "COERCE", "*")}),
]

XFAIL: dict[str, str] = {
    "In 2016 Kenya and the Copper Guard signed the Nakuru Agreement, which ended eight years of war.":
        "a name ending in 'Agreement' is read as an actor (the other side); tried as roles.yaml law_text_heads and "
        "dropped: bodies named after an agreement ('the Mission to support the X Agreement') were lost on 3 sets",
    "The Copper Guard signed the Nakuru Peace Agreement with Kenya in 2016.":
        "a name ending in 'Agreement' is read as an actor (see the case above)",
    "The co-chairs of the Harbour Alliance, Mira Osei and Jon Adu, praised Portugal.":
        "the names stand after the body of the role's of-phrase; the subject's pieces are joined, but the apposition "
        "hangs on the body and no actor is read for the role",
}


extracted, test_wording = battery(CASES, XFAIL, "w", events_by_document, check_events)
