"""A label a verb of labelling (plover.yaml labelling: call, brand, describe ...) puts on a noun that the parser made a
modifier of the label, the label taking the phrase's article or owner (events._act_under_label): "called the
dissolution unconstitutional" (read as one phrase, "dissolution" an adjective of "unconstitutional"), "branded the
annulment illegitimate", "called the vote political persecution" (the label's own adjectives between), "called
Y's budget reckless" (the owner hung on the label, events._label_owner). The noun is the labelled thing again: a
charge against whoever did the act (the maker the story told with the noun's verb: made_by_verbs, enacted_nouns), or
against the owner on the label. Negatives: a label denied, a label of no blame ("constitutional", "wise"), a verb of
calling that puts no label ("called a meeting", "called for calm"), an indefinite noun ("any dissolution"), a
negated call. Invented names and wordings; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

# a story set in one state, so that its government and parliament have a home
HOME = "TARVAN, May 3 - Kalvar's parliament met on Monday in Tarvan. "
DISSOLVED = HOME + "Prime Minister Ivo Dask dissolved the House of Representatives in January. "

# (the parser makes "The opposition" the sentence's root and "has called" a relative clause on it)
ROOTED = (DISSOLVED + "The opposition Civic Union has called the dissolution unconstitutional and asked the Supreme "
          "Court to overturn it.")

CASES = [
    # --- the act noun parsed as a modifier of its label: the act's maker, told with the noun's verb ---
    (DISSOLVED + "The opposition Civic Union called the dissolution unconstitutional.",
     {("Civic Union", "ACCUSE", "Ivo Dask")}, set()),
    (DISSOLVED + "The Civic Union called the dissolution unconstitutional and asked the Supreme Court to overturn it.",
     {("Civic Union", "ACCUSE", "Ivo Dask")}, {("Civic Union", "ACCUSE", "Supreme Court")}),
    (ROOTED, {("Civic Union", "ACCUSE", "Ivo Dask")}, {("Civic Union", "ACCUSE", "Supreme Court")}),
    (DISSOLVED + "The Civic Union and the Green League issued statements calling the dissolution unconstitutional.",
     {("Civic Union|Green League", "ACCUSE", "Ivo Dask")}, set()),
    (HOME + "Prime Minister Ivo Dask suspended the chief justice in March. The Civic Union called the suspension "
     "unconstitutional.", {("Civic Union", "ACCUSE", "Ivo Dask")}, set()),
    (HOME + "Prime Minister Ivo Dask annulled the local elections in March. The Civic Union branded the annulment "
     "illegitimate.", {("Civic Union", "ACCUSE", "Ivo Dask")}, set()),
    # --- the label's own adjectives between the act noun and the label ---
    (DISSOLVED + "The Civic Union called the dissolution political revenge.",
     {("Civic Union", "ACCUSE", "Ivo Dask")}, set()),
    (HOME + "Prime Minister Ivo Dask suspended the chief justice in March. The Civic Union called the suspension "
     "pure persecution.", {("Civic Union", "ACCUSE", "Ivo Dask")}, set()),
    (HOME + "Prime Minister Ivo Dask annulled the local elections in March. The Civic Union called the annulment "
     "blatant sabotage.", {("Civic Union", "ACCUSE", "Ivo Dask")}, set()),
    # --- the owner hung on the label: "called Y's budget reckless" ---
    (HOME + "The Civic Union called Velnia's policy reckless.", {("Civic Union", "ACCUSE", "Velnia")}, set()),
    (HOME + "Opposition leader Mara Olen called Velnia's trade policy reckless.",
     {("Mara Olen", "ACCUSE", "Velnia")}, set()),
    # --- negatives: no blame, a label denied, no label, an indefinite act, a negated call ---
    (DISSOLVED + "The Civic Union called the dissolution constitutional.",
     set(), {("Civic Union", "ACCUSE", "*")}),
    (HOME + "The Civic Union called Velnia's policy wise.", set(), {("Civic Union", "ACCUSE", "*")}),
    (DISSOLVED + "The Civic Union did not call the dissolution unconstitutional.",
     set(), {("Civic Union", "ACCUSE", "*")}),
    (DISSOLVED + "The Civic Union called a meeting on the dissolution.", set(), {("Civic Union", "ACCUSE", "*")}),
    (DISSOLVED + "The Civic Union called for calm after the dissolution.",
     set(), {("Civic Union", "ACCUSE", "*")}),
    (DISSOLVED + "The Civic Union would call any dissolution unconstitutional.",
     set(), {("Civic Union", "ACCUSE", "Ivo Dask")}),
]

XFAIL: dict[str, str] = {
    ROOTED: "the label's charge finds no maker of the dissolution when the clause is parsed as a relative clause on "
            "'The opposition'",
}


extracted, test_wording = battery(CASES, XFAIL, "evl1", events_by_document, check_events)
