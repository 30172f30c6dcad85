""""the govt" / "Govt says ...": the telegraphic short form of "the government" (alert logs, wire flashes, notes),
with or without its article, names the article's state as "the government" does (relations.yaml
nearest_government_nouns, article_free_government_nouns; PhraseResolver.the_government and home_ruler). Events whose
party is the home state's government told so, as subject, object, owner or the subject of a demanded clause.
Negatives: another state's govt ("Dembara's govt", "the Dembaran govt"), a former govt, "a govt" in general, govts in
the plural, a negated charge, a wish. Invented names; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

# a story set in one state (its name repeated, its institutions), so that it has a home state
HOME = ("Kalvar votes. Polls opened across Kalvar on Sunday. Kalvar's electoral commission and Kalvar's parliament "
        "said turnout was high in Kalvar. ")

CASES = [
    # --- "the govt" with its article: the home state's government ---
    (HOME + "Opposition leader Mara Tillen accused the govt of rigging the vote.",
     {("Mara Tillen", "ACCUSE", "Kalvar")}, set()),
    (HOME + "The Velmar Front demanded that the govt free its fighters.",
     {("Velmar Front", "REQUEST", "Kalvar")}, set()),
    (HOME + "Velmar Front fighters attacked a post. The govt said it would not negotiate with the Front.",
     {("Kalvar", "REJECT", "Velmar Front")}, set()),
    # --- "Govt says": no article, the telegraphic subject ---
    (HOME + "The Velmar Front attacked a post. Govt said it would not negotiate with the Velmar Front.",
     {("Kalvar", "REJECT", "Velmar Front")}, {("Velmar Front", "REJECT", "*")}),
    (HOME + "Mara Tillen criticised the govt's handling of the count.",
     {("Mara Tillen", "ACCUSE", "Kalvar")}, set()),
    # --- negatives: another state's govt, a former one, one in general, several, a denied charge, a wish ---
    (HOME + "Mara Tillen accused neighbouring Dembara of arming the Velmar Front. Dembara's govt denied it.",
     {("Mara Tillen", "ACCUSE", "Dembara")}, {("Kalvar", "REJECT", "*")}),
    (HOME + "Mara Tillen accused the Dembaran govt of arming the Velmar Front.",
     set(), {("Mara Tillen", "ACCUSE", "Kalvar")}),
    (HOME + "Mara Tillen accused the former govt of rigging the 2015 vote.",
     set(), {("Mara Tillen", "ACCUSE", "Kalvar")}),
    (HOME + "Mara Tillen said a govt that jails reporters would be accused of abuse.",
     set(), {("Mara Tillen", "ACCUSE", "Kalvar")}),
    (HOME + "Mara Tillen accused foreign govts of arming the Velmar Front.",
     set(), {("Mara Tillen", "ACCUSE", "Kalvar")}),
    (HOME + "Mara Tillen did not accuse the govt of rigging the vote.",
     set(), {("Mara Tillen", "ACCUSE", "Kalvar")}),
    (HOME + "Mara Tillen hopes to meet the govt next year.",
     set(), {("Mara Tillen", "CONSULT", "Kalvar")}),
    # --- self-review: a wish, a question, critics of the govt (a modifier), a previous govt, another state's govt acting ---
    (HOME + "Mara Tillen wants the govt to resign.", set(), {("Mara Tillen", "REQUEST|ACCUSE", "Kalvar")}),
    (HOME + "Did Mara Tillen accuse the govt of fraud?", set(), {("Mara Tillen", "ACCUSE", "Kalvar")}),
    (HOME + "Mara Tillen accused govt critics of lying.", set(), {("Mara Tillen", "ACCUSE", "Kalvar")}),
    (HOME + "Mara Tillen accused the previous govt of fraud.", set(), {("Mara Tillen", "ACCUSE", "Kalvar")}),
    (HOME + "Dembara's govt accused the Velmar Front of the attack.",
     {("Dembara", "ACCUSE", "Velmar Front")}, {("Kalvar", "ACCUSE", "*")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "gr", events_by_document, assert_events)
