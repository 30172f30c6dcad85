"""A group noun owned by a possessive pronoun ("his militia", "her movement", "his party") stands for the body the
person the pronoun names leads (``PhraseResolver.led_body``, as for "X's militia"), and "his party" of one who leads
none for the one party he is a member of; the body then holds the stance its clause tells. Several wordings with
negatives (negation, a wish, a person who leads nothing, a member of no party, another person's pronoun, a militia
of a mere member); no new leader tie is read from a party found through membership. All names are invented; end to
end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

O, A, L, M = "opposes", "allied_with", "leader_of", "member_of"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- "his militia / his gang / her movement": the body the person leads ---
    ("Marco Villa leads the Red Hand Front, an armed group. His militia is at war with the Tarsen government.",
     {("Red Hand Front", O, "Tarsen government")}, set()),
    ("Dario Fuentes heads the Sombra Cartel. His gang is fighting the Norte Syndicate.",
     {("Sombra Cartel", O, "Norte Syndicate")}, set()),
    ("Lena Varga founded the Civic Dawn Movement in 2015. Her movement is allied with the Green Union.",
     {("Civic Dawn Movement", A, "Green Union")}, set()),
    ("Anna Berg leads the Free Party. Her party is allied with the Green Union.",
     {("Free Party", A, "Green Union")}, set()),
    # --- "his party" of a member: his one party, and no leader tie read from it ---
    ("Oskar Brenn is a member of the Liberty Party. His party opposes the Harvel Alliance.",
     {("Liberty Party", O, "Harvel Alliance")}, {("Oskar Brenn", L, "Liberty Party")}),
    ("Oskar Brenn, a member of the Liberty Party, spoke on Monday. His party is at war with the Harvel Alliance.",
     {("Liberty Party", O, "Harvel Alliance")}, {("Oskar Brenn", L, "Liberty Party")}),
    # --- negatives ---
    ("Marco Villa leads the Red Hand Front, an armed group. His militia is not at war with the Tarsen government.",
     set(), {("Red Hand Front", O, "Tarsen government")}),
    ("Marco Villa spoke in Tarsen on Monday. His militia is at war with the Sur Brigade.",
     set(), {("Marco Villa", O, "Sur Brigade")}),
    ("Marco Villa is a member of the Red Hand Front. His militia is at war with the Tarsen government.",
     set(), {("Red Hand Front", O, "Tarsen government")}),
    ("Anna Berg leads the Free Party, and she met Ivo Sand. His party is allied with the Green Union.",
     set(), {("Free Party", A, "Green Union")}),
    ("Oskar Brenn left the Liberty Party in 2010. His party opposes the Harvel Alliance.",
     set(), {("Liberty Party", O, "Harvel Alliance")}),
    ("Marco Villa leads the Red Hand Front. His militia hopes to ally with the Sur Brigade.",
     set(), {("Red Hand Front", A, "Sur Brigade")}),
    ("Marco Villa leads the Red Hand Front. His militia, his rivals and the Sur Brigade are listed.",
     set(), {("Red Hand Front", O, "Marco Villa")}),
    ("Marco Villa leads the Red Hand Front. Does his militia fight the Tarsen army?",
     set(), {("Red Hand Front", O, "Tarsen army")}),
    ("Prime Minister Idris Tam leads the Unity Party. Russia is allied with his government.",
     set(), {("Russia", A, "Unity Party")}),
    ("Marco Villa leads the Red Hand Front. His militia wants to ally with the Sur Brigade.",
     set(), {("Red Hand Front", A, "Sur Brigade")}),
    ("Marco Villa leads the Red Hand Front. Rosa Lind, his rival, said her party opposes the Green Union.",
     set(), {("Red Hand Front", O, "Green Union")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "pb", relations_by_document, check_ties)
