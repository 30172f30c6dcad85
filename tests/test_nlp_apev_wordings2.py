"""Agentless passive acts of the law done to a person, in a story set in one state: "X was sentenced in August to
seven years in prison", "Y was convicted of fraud", "Z was recaptured in June" are that state's acts (its courts and
police are the only ones that sentence, convict or recapture), as "X was arrested at his home" already was
(plover.yaml state_custody, events._state_custody). Negatives: an act told not to have happened, one only called for,
one still to come ("could be sentenced", "will be convicted"), a kidnapping (anyone's act). Invented names; end to end
with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

_HOME = ("Norvania votes in a tense runoff\n\nThe Norvanian parliament met in Tarsk on Monday. President Anna Reyes of "
         "Norvania addressed the parliament in Tarsk. ")

CASES = [
    # --- sentenced, convicted, recaptured: the story's state's act ---
    (_HOME + "Lena Varga, the governor of the Kelso region, was sentenced in August to seven years in prison for "
             "illegally financing her party.",
     {("Norvania", "SANCTION", "Lena Varga")}, set()),
    (_HOME + "The opposition mayor, Pavel Dorn, was sentenced on Friday to four years for abuse of office.",
     {("Norvania", "SANCTION", "Pavel Dorn")}, set()),
    (_HOME + "Last year Ivo Marek, a former finance minister, was convicted of fraud.",
     {("Norvania", "SANCTION", "Ivo Marek")}, set()),
    (_HOME + "Omar Selim, a drug lord who escaped in January, was recaptured in Kelso in June.",
     {("Norvania", "COERCE", "Omar Selim")}, set()),
    # --- negatives: not done, only called for, another state's act, a kidnapping ---
    (_HOME + "Dara Kemp, the opposition leader, has not been sentenced.",
     set(), {("Norvania", "SANCTION", "Dara Kemp")}),
    (_HOME + "Protesters demanded that Milo Brandt be sentenced for the killings.",
     set(), {("Norvania", "SANCTION", "Milo Brandt")}),
    (_HOME + "Tomas Rilke, a former president, faces trial and could be sentenced to life in prison.",
     set(), {("Norvania", "SANCTION", "Tomas Rilke")}),
    (_HOME + "Prosecutors say Ivan Hale, the former army chief, will be convicted before the summer.",
     set(), {("Norvania", "SANCTION", "Ivan Hale")}),
    (_HOME + "Sara Holm, a journalist, was kidnapped in Kelso in May.",
     set(), {("Norvania", "COERCE", "Sara Holm")}),
    # --- more wordings: a relative clause, a list of passives ---
    (_HOME + "Pavel Dorn, who was sentenced to ten years, was released in May.",
     {("Norvania", "SANCTION", "Pavel Dorn")}, set()),
    (_HOME + "Pavel Dorn, a former minister, was sentenced, Lena Varga was convicted and Ivo Marek was recaptured.",
     {("Norvania", "SANCTION", "Pavel Dorn"), ("Norvania", "SANCTION", "Lena Varga"),
      ("Norvania", "COERCE", "Ivo Marek")}, set()),
    # --- negatives: another body's act, a fear, a plan, never done, the word as an adjective, another state ---
    (_HOME + "Pavel Dorn, a convict who escaped in January, was recaptured by Dawn Front rebels in June.",
     set(), {("Norvania", "COERCE", "Pavel Dorn")}),
    (_HOME + "Pavel Dorn was sentenced to death by rebels of the Dawn Front.",
     set(), {("Norvania", "SANCTION", "Pavel Dorn")}),
    (_HOME + "Pavel Dorn fears he will be sentenced.",
     set(), {("Norvania", "SANCTION", "Pavel Dorn")}),
    (_HOME + "Pavel Dorn is due to be sentenced on Friday.",
     set(), {("Norvania", "SANCTION", "Pavel Dorn")}),
    (_HOME + "Pavel Dorn was never convicted.",
     set(), {("Norvania", "SANCTION", "Pavel Dorn")}),
    (_HOME + "A man convicted of the murder of Pavel Dorn was released.",
     set(), {("Norvania", "SANCTION", "Pavel Dorn")}),
    (_HOME + "Pavel Dorn was sentenced in Velmar to ten years for spying.",
     set(), {("Norvania", "SANCTION", "Pavel Dorn")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "aq", events_by_document, assert_events)
