"""Events in news wordings about seldom-covered states, written for this battery (invented people and parties,
real states, own wording):

- "him" / "her" as the one accused on a participle that goes with the clause before it, the resolver finding no one
  for it: "tabled a motion against Prime Minister X, accusing him of signing a deal with Y", "wrote to Minister X,
  accusing her of hiding the report from Y": the closest person of that clause other than the accuser is accused
  (nlp/events.py ``_accused_person_pronoun``), never an actor of the charge (Y); a finite "accused him of ..." whose
  "him" is told nowhere accuses no one named;
- state adjectives countryinfo spells otherwise or lacks (countries.yaml aliases: "Comorian", "Kyrgyz", "Kazakh",
  "Djiboutian", "Surinamese", ...): "imposed visa restrictions on Comorian officials", "sanctioned two Kyrgyz
  judges", "detained three Surinamese fishermen" act on the state; the plural of an ethnic name ("ethnic Kazakhs")
  is no state;
- a headline that opens with a state's name and puts another state's adjective on the noun its act falls on
  ("Comoros expels French envoy", "Gabon keeps Chinese trawlers in port") is about the state that acts
  (nlp/relations/ ``_headline_object_adjective``): the article's state holds the captive whose release is asked
  ("Police arrested X ... Y demanded his release"), not the partner state the headline names.

Same conventions as tests/test_nlp_event_reproach_wordings1.py: "A|B" either name, "*" any end. End to end with the
real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

VANUATU = "PORT VILA, May 3 - Vanuatu's parliament sat on Monday. "
# (text, events that must be present, events that must be absent)
CASES = [
    # --- "him" / "her" accused on a participle after a clause naming the person ---
    (VANUATU + "Opposition leader Mara Kelsu has tabled a motion against Prime Minister Ovid Tarsen, accusing him of "
     "signing a secret deal with China.",
     {("Mara Kelsu", "ACCUSE", "Ovid Tarsen")}, {("Mara Kelsu", "ACCUSE", "China")}),
    ("Deputy Ilse Marant wrote to Minister Dana Kovic, accusing her of hiding the report from the European Union.",
     {("Ilse Marant", "ACCUSE", "Dana Kovic")}, {("Ilse Marant", "ACCUSE", "European Union")}),
    ("Senator Lina Orbek filed a complaint against Judge Teodor Vasilo on Friday, accusing him of taking bribes from "
     "the Red Hand Brigade.",
     {("Lina Orbek", "ACCUSE", "Teodor Vasilo")}, {("Lina Orbek", "ACCUSE", "Red Hand Brigade")}),
    # a finite accusation whose "him" is told nowhere: no one named is accused, the charge's actor least of all
    (VANUATU + "Mara Kelsu accused him of selling the ports to China.", set(), {("*", "ACCUSE", "China")}),
    ("Mara Kelsu praised Ovid Tarsen on Monday. Her rivals accused him of a secret deal with China.", set(),
     {("*", "ACCUSE", "China")}),
    # --- state adjectives ---
    ("France imposed visa restrictions on Comorian officials.", {("France", "SANCTION", "Comoros")}, set()),
    ("The United States sanctioned two Kyrgyz judges on Tuesday.",
     {("United States", "SANCTION", "Kyrgyzstan")}, set()),
    ("Eritrea expelled two Djiboutian diplomats.", {("Eritrea", "SANCTION", "Djibouti")}, set()),
    ("Guyana's navy detained three Surinamese fishermen near the river mouth.",
     {("Guyana|Guyana navy", "COERCE", "Suriname")}, set()),
    ("Ethnic Kazakhs marched in Urumqi against China.", set(), {("Kazakhstan", "PROTEST", "*")}),
    # --- a headline's partner state, named by its adjective on the act's object ---
    ("Comoros expels French envoy\n\nComoros expelled a French diplomat on Thursday. France imposed visa "
     "restrictions. Police arrested Salim Mdjassiri on Tuesday. The opposition leader, Nassima Ouledkaya, demanded "
     "his release.",
     {("Comoros", "COERCE", "Salim Mdjassiri"), ("Nassima Ouledkaya", "REQUEST", "Comoros")},
     {("France", "COERCE", "Salim Mdjassiri"), ("Nassima Ouledkaya", "REQUEST", "France")}),
    ("Gabon keeps Chinese trawlers in port\n\nGabon's navy held two fishing boats on Monday, and China protested. "
     "China said the crews had done nothing wrong. Police arrested Anselme Ovono, a harbour official, on Tuesday. "
     "The Union for the Coast demanded his release.",
     {("Gabon", "COERCE", "Anselme Ovono"), ("Union for the Coast", "REQUEST", "Gabon")},
     {("China", "COERCE", "Anselme Ovono")}),
    ("Soldiers detain Comorian opposition leader\n\nPolice arrested Salim Mdjassiri on Tuesday. France protested. "
     "France called the arrest arbitrary. Nassima Ouledkaya demanded his release.",
     {("Comoros", "COERCE", "Salim Mdjassiri")}, {("France", "COERCE", "Salim Mdjassiri")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "pb12", events_by_document, check_events)
